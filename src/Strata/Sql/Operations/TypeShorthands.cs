namespace Strata.Sql.Operations;

/// <summary>
/// Resolves a column's type through shorthands (<c>id</c> → <c>serial PRIMARY KEY</c>, plus the
/// user's) and node-pg-migrate's type adapters (<c>int</c> → <c>integer</c> …).
/// </summary>
internal sealed class TypeShorthands
{
    private static readonly Dictionary<string, string> Adapters = new()
    {
        ["int"] = "integer",
        ["string"] = "text",
        ["float"] = "real",
        ["double"] = "double precision",
        ["datetime"] = "timestamp",
        ["bool"] = "boolean",
    };

    private readonly Columns _shorthands = new() { ["id"] = new Column("serial") { PrimaryKey = true } };

    public static TypeShorthands Default { get; } = new(null);

    public TypeShorthands(Columns? extending)
    {
        foreach (var (name, column) in extending ?? [])
            _shorthands[name] = column;
    }

    public TypeShorthands With(Columns? extending)
    {
        var merged = new Columns();
        foreach (var (name, column) in _shorthands) merged[name] = column;
        foreach (var (name, column) in extending ?? []) merged[name] = column;
        return new TypeShorthands(merged);
    }

    public static string Adapt(string type) => Adapters.GetValueOrDefault(type, type);

    /// <summary>The column with its shorthand chain applied: nearer shorthands win over deeper ones, the column over all.</summary>
    public Column Apply(Column column)
    {
        var type = column.Type ?? throw new ArgumentException("A column needs a type.");
        Column? ext = null;
        var seen = new List<string> { type };
        while (_shorthands.TryGet(seen[^1], out var shorthand))
        {
            ext = ext is null ? shorthand : (ext with { Type = null }).Over(shorthand);
            var next = ext.Type ?? throw new ArgumentException($"Shorthand {seen[^1]} has no type.");
            if (seen.Contains(next))
                throw new ArgumentException($"Shorthands contain cyclic dependency: {string.Join(", ", seen)}, {next}");
            seen.Add(next);
        }
        var merged = ext is null ? column : column.Over(ext);
        return merged with { Type = Adapt(ext?.Type ?? type) };
    }

    public string ApplyType(string type) => Apply(new Column(type)).Type!;
}
