namespace Strata.Sql.Operations;

/// <summary>
/// <c>ALTER {kind} old[qualifier] RENAME TO new</c>: tables, indexes, types, schemas, sequences,
/// views, domains, roles, operator classes and families. Reversed by swapping the names.
/// </summary>
internal sealed record RenameObject(string Method, string Kind, SqlName From, SqlName To, string Qualifier = "")
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) => [$"ALTER {Kind} {n.Quote(From)}{Qualifier} RENAME TO {n.Quote(To)};"];

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}

/// <summary>
/// <c>ALTER {kind} parent RENAME {member}old TO new</c>: columns, constraints, type attributes and
/// values (written as literals), materialized view columns.
/// </summary>
internal sealed record RenameMember(string Method, string Kind, SqlName Parent, string Member, string From, string To, bool AsLiteral = false)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER {Kind} {n.Quote(Parent)} RENAME {Member}{Write(From, n)} TO {Write(To, n)};"];

    private string Write(string name, SqlNaming n) => AsLiteral ? SqlValue.DollarQuote(name) : n.Ident(name);

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}

/// <summary><c>ALTER {kind} old ON parent RENAME TO new</c>: triggers and policies.</summary>
internal sealed record RenameOn(string Method, string Kind, SqlName Parent, string From, string To)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER {Kind} {n.Ident(From)} ON {n.Quote(Parent)} RENAME TO {n.Ident(To)};"];

    public IMigrationOperation Reverse() => this with { From = To, To = From };
}
