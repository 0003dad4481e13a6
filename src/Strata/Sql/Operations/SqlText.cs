using System.Text.RegularExpressions;

namespace Strata.Sql.Operations;

/// <summary>The small formatting rules node-pg-migrate applies to every statement it writes.</summary>
internal static partial class SqlText
{
    /// <summary>
    /// Joins clauses one a line with a prefix, flattening newlines inside a clause so that
    /// the prefix stays at the start of each line (node-pg-migrate's formatLines).
    /// </summary>
    public static string Lines(IEnumerable<string> lines, string prefix = "  ", string separator = ",")
    {
        var joined = string.Join(separator + "\n", lines.Select(l => FlattenNewlines(l)));
        return prefix + joined.Replace("\n", "\n" + prefix);
    }

    private static string FlattenNewlines(string line) => Newlines().Replace(line, " ");

    [GeneratedRegex("(?:\r\n|\r|\n)+")]
    private static partial Regex Newlines();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_$]*$")]
    private static partial Regex BareName();

    public static string If(bool condition, string text) => condition ? text : "";

    /// <summary><c>COMMENT ON {object} {name} IS {text}</c>, text dollar-quoted or NULL.</summary>
    public static string Comment(string objectKind, string name, SqlValue? text) =>
        $"COMMENT ON {objectKind} {name} IS {(text ?? SqlValue.Null).ToSql()};";

    public static string Drop(bool ifExists, bool cascade, string kind, string name) =>
        $"DROP {kind}{If(ifExists, " IF EXISTS")} {name}{If(cascade, " CASCADE")};";

    /// <summary>
    /// A collation: a bare name is quoted, because collation names are case-sensitive and PostgreSQL
    /// would fold <c>C</c> to <c>c</c>; anything else (<c>"C"</c>, <c>pg_catalog."C"</c>) is written as is.
    /// node-pg-migrate writes all of them as is.
    /// </summary>
    public static string Collation(string collation) =>
        BareName().IsMatch(collation) ? SqlQuote.Ident(collation) : collation;

}
