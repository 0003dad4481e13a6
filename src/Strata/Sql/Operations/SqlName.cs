using System.Text.RegularExpressions;

namespace Strata.Sql.Operations;

/// <summary>
/// The name of a database object: a plain name (<c>"users"</c>), a schema-qualified one
/// (<c>new("app", "items")</c>, node-pg-migrate's <c>{ schema, name }</c>), or raw SQL
/// (<see cref="Raw"/>, node-pg-migrate's <c>PgLiteral</c>) written as is.
/// </summary>
public readonly partial record struct SqlName
{
    /// <summary>A schema-qualified name; an empty or null schema means unqualified.</summary>
    public SqlName(string? schema, string name)
    {
        Schema = string.IsNullOrEmpty(schema) ? null : schema;
        Name = name;
    }

    private SqlName(string raw, bool isRaw)
    {
        Name = raw;
        IsRaw = isRaw;
    }

    /// <summary>The schema, or null when unqualified.</summary>
    public string? Schema { get; }
    /// <summary>The name (or the raw SQL).</summary>
    public string Name { get; }
    internal bool IsRaw { get; }

    /// <summary>SQL text used in place of a quoted name.</summary>
    public static SqlName Raw(string sql) => new(sql, true);

    public static implicit operator SqlName(string name) => new(null, name);

    // node-pg-migrate's heuristic, kept as is so that generated index names match its own.
    [GeneratedRegex(@"(->>|->|#>>|#>|@\?|@@|@>|<@|\?\||\?&|\?|#-|\|\||::)")]
    private static partial Regex OperatorPattern();

    [GeneratedRegex(@"^[\w.]+\(")]
    private static partial Regex FunctionCallPattern();

    [GeneratedRegex(@"\s+[+*/-]\s+")]
    private static partial Regex ArithmeticPattern();

    [GeneratedRegex("[=<>!]+")]
    private static partial Regex LogicalPattern();

    [GeneratedRegex("[a-zA-Z0-9]")]
    private static partial Regex AlphanumericPattern();

    internal static bool LooksLikeExpression(string value) =>
        OperatorPattern().IsMatch(value)
        || FunctionCallPattern().IsMatch(value)
        || ArithmeticPattern().IsMatch(value)
        || (LogicalPattern().IsMatch(value) && AlphanumericPattern().IsMatch(value));

    /// <summary>The same schema with another name, as generated names (indexes) keep the table's schema.</summary>
    internal SqlName WithName(string name) => new(Schema, name);

    public override string ToString() => IsRaw || Schema is null ? Name : Schema + "." + Name;
}
