namespace Strata.Sql.Operations;

/// <summary>
/// <c>ALTER {kind} old[qualifier] RENAME TO new</c>: tables, indexes, types, schemas, sequences,
/// views, domains, roles, functions, operator classes and families. Reversed by swapping the names.
/// </summary>
internal sealed record RenameObject(string Method, string Kind, SqlName From, SqlName To, string Qualifier = "")
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql() => [$"ALTER {Kind} {From.Quoted}{Qualifier} RENAME TO {To.Quoted};"];

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}

/// <summary>
/// <c>ALTER {kind} parent RENAME {member}old TO new</c>: columns, constraints, type attributes and
/// values (written as literals), materialized view columns.
/// </summary>
internal sealed record RenameMember(string Method, string Kind, SqlName Parent, string Member, string From, string To, bool AsLiteral = false)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql() =>
        [$"ALTER {Kind} {Parent.Quoted} RENAME {Member}{Write(From)} TO {Write(To)};"];

    private string Write(string name) => AsLiteral ? SqlValue.DollarQuote(name) : SqlQuote.Ident(name);

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}

/// <summary><c>ALTER {kind} old ON parent RENAME TO new</c>: triggers and policies.</summary>
internal sealed record RenameOn(string Method, string Kind, SqlName Parent, string From, string To)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql() =>
        [$"ALTER {Kind} {SqlQuote.Ident(From)} ON {Parent.Quoted} RENAME TO {SqlQuote.Ident(To)};"];

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}
