namespace Strata.Sql.Operations;

/// <summary>The small formatting rules node-pg-migrate applies to every statement it writes.</summary>
internal static class SqlText
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

    private static string FlattenNewlines(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "(?:\r\n|\r|\n)+", " ");

    public static string If(bool condition, string text) => condition ? text : "";

    /// <summary><c>COMMENT ON {object} {name} IS {text}</c>, text dollar-quoted or NULL.</summary>
    public static string Comment(string objectKind, string name, SqlValue? text) =>
        $"COMMENT ON {objectKind} {name} IS {(text ?? SqlValue.Null).ToSql()};";

    public static string Drop(bool ifExists, bool cascade, string kind, string name) =>
        $"DROP {kind}{If(ifExists, " IF EXISTS")} {name}{If(cascade, " CASCADE")};";

    public static string QuotedList(IEnumerable<SqlName> names) => string.Join(", ", names.Select(n => n.Quoted));
}
