namespace Strata.Sql.Operations;

/// <summary>
/// <c>DROP {kind} [IF EXISTS] name[suffix] [CASCADE]</c>, one step per name: most drops node-pg-migrate
/// writes have this shape (the suffix carries an operator class's index method).
/// </summary>
internal sealed record DropObject(string Method, string Kind, IReadOnlyList<SqlName> Names, bool IfExists = false, bool Cascade = false, string Suffix = "")
    : IMigrationOperation
{
    public DropObject(string method, string kind, SqlName name, bool ifExists = false, bool cascade = false, string suffix = "")
        : this(method, kind, [name], ifExists, cascade, suffix) { }

    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [.. Names.Select(name => SqlText.Drop(IfExists, Cascade, Kind, n.Quote(name) + Suffix))];

    public IMigrationOperation? Reverse() => null;
}
