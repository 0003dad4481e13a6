namespace Strata.Sql.Operations;

/// <summary>
/// <c>DROP {kind} [IF EXISTS] name[suffix] [CASCADE]</c>, one step per name: every drop
/// node-pg-migrate writes has this shape (the suffix carries a function's parameters,
/// an operator class's index method, a trigger's table).
/// </summary>
internal sealed record DropObject(string Method, string Kind, IReadOnlyList<string> Names, bool IfExists = false, bool Cascade = false, string Suffix = "")
    : IMigrationOperation
{
    public DropObject(string method, string kind, SqlName name, bool ifExists = false, bool cascade = false, string suffix = "")
        : this(method, kind, [name.Quoted], ifExists, cascade, suffix) { }

    public IReadOnlyList<string> ToSql() =>
        [.. Names.Select(name => SqlText.Drop(IfExists, Cascade, Kind, name + Suffix))];

    public IMigrationOperation? Reverse() => null;
}
