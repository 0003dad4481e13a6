using System.Text.RegularExpressions;

namespace Strata.Sql.Operations;

/// <summary>
/// An index column: a name, or an expression (<c>lower(email)</c>, wrapped in parentheses),
/// with an operator class and a sort order.
/// </summary>
public sealed partial record IndexColumn(string Name)
{
    /// <summary>The operator class, quoted.</summary>
    public SqlName? Opclass { get; init; }
    /// <summary><c>ASC</c> or <c>DESC</c>.</summary>
    public string? Sort { get; init; }

    public static implicit operator IndexColumn(string name) => new(name);

    [GeneratedRegex("[^\\w\".]")]
    private static partial Regex NotAPlainName();

    internal string ToSql(SqlNaming n)
    {
        var name = n.Unquote(Name);
        // Anything but a plain (possibly quoted or qualified) name is an expression and needs parentheses.
        var column = !NotAPlainName().IsMatch(name) ? n.Ident(name)
            : name.EndsWith(')') ? name : $"({name})";
        return string.Join(" ", new[] { column, (Opclass is { } opclass ? n.Quote(opclass) : null), Sort }.Where(s => !string.IsNullOrEmpty(s)));
    }
}

/// <summary>The options of <c>CreateIndex</c> and <c>DropIndex</c>.</summary>
internal sealed record IndexOptions
{
    /// <summary>The index name; by default <c>{table}_{columns}[_unique]_index</c>.</summary>
    public string? Name { get; init; }
    /// <summary><c>UNIQUE</c>; the generated name ends <c>_unique_index</c>.</summary>
    public bool Unique { get; init; }
    /// <summary>A partial index's <c>WHERE</c> predicate.</summary>
    public string? Where { get; init; }
    /// <summary><c>CONCURRENTLY</c> (call <c>NoTransaction()</c> too).</summary>
    public bool Concurrently { get; init; }
    /// <summary><c>IF NOT EXISTS</c>.</summary>
    public bool IfNotExists { get; init; }
    /// <summary><c>btree</c>, <c>hash</c>, <c>gist</c>, <c>spgist</c>, <c>gin</c>, <c>brin</c> ….</summary>
    public string? Method { get; init; }
    /// <summary><c>INCLUDE (columns)</c>.</summary>
    public IReadOnlyList<string>? Include { get; init; }
    /// <summary><c>distinct</c> or <c>not distinct</c> (unique indexes only).</summary>
    public string? Nulls { get; init; }
    /// <summary>For the drop (or the inferred down): <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the drop (or the inferred down): <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }

    // CREATE INDEX takes no schema on the index name (it lives in the table's schema); DROP INDEX needs it.
    internal SqlName IndexName(SqlName table, IReadOnlyList<IndexColumn> columns, bool qualified, SqlNaming n)
    {
        if (!qualified) table = table.Name;
        if (!string.IsNullOrEmpty(Name)) return table.WithName(Name);
        var cols = string.Join("_", columns.Select(c => n.Unquote(c.Name)));
        return table.WithName($"{table.Name}_{cols}{(Unique ? "_unique" : "")}_index");
    }
}

internal sealed record CreateIndex(SqlName Table, IReadOnlyList<IndexColumn> Columns, IndexOptions Options) : MigrationOperation
{
    public override string Method => "CreateIndex";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        if (!string.IsNullOrEmpty(o.Nulls) && !o.Unique)
            throw new ArgumentException("The \"nulls\" option can only be used with unique indexes.");
        var include = o.Include is { Count: > 0 } ? $" INCLUDE ({n.IdentList(o.Include)})" : "";
        return [$"CREATE{SqlText.If(o.Unique, " UNIQUE")} INDEX{SqlText.If(o.Concurrently, " CONCURRENTLY")}{SqlText.If(o.IfNotExists, " IF NOT EXISTS")}"
            + $" {n.Quote(o.IndexName(Table, Columns, qualified: false, n))} ON {n.Quote(Table)}{(string.IsNullOrEmpty(o.Method) ? "" : $" USING {o.Method}")}"
            + $" ({string.Join(", ", Columns.Select(c => c.ToSql(n)))}){include}"
            + $"{(string.IsNullOrEmpty(o.Nulls) ? "" : $" NULLS {o.Nulls.ToUpperInvariant()}")}{(string.IsNullOrEmpty(o.Where) ? "" : $" WHERE {o.Where}")};"];
    }

    public override IMigrationOperation Reverse() => new DropIndex(Table, Columns, Options);
}

internal sealed record DropIndex(SqlName Table, IReadOnlyList<IndexColumn> Columns, IndexOptions Options) : MigrationOperation
{
    public override string Method => "DropIndex";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"DROP INDEX{SqlText.If(Options.Concurrently, " CONCURRENTLY")}{SqlText.If(Options.IfExists, " IF EXISTS")} {n.Quote(Options.IndexName(Table, Columns, qualified: true, n))}{SqlText.If(Options.Cascade, " CASCADE")};"];
}
