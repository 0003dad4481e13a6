namespace Strata.Sql;

/// <summary>
/// The one place that quotes identifiers and literals. Identifiers are always
/// double-quoted, as node-pg-migrate does, so that case and reserved words survive.
/// </summary>
internal static class SqlQuote
{
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>A possibly schema-qualified name: <c>"schema"."name"</c>, or <c>"name"</c> when schema is empty.</summary>
    public static string Ident(string? schema, string name) =>
        string.IsNullOrEmpty(schema) ? Ident(name) : Ident(schema) + "." + Ident(name);

    /// <summary>A standard string literal; relies on standard_conforming_strings (on since PostgreSQL 9.1).</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
