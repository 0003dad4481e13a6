using System.Text.RegularExpressions;

namespace Strata.Sql.Operations;

/// <summary>
/// How names become SQL: node-pg-migrate's <c>literal</c> (quoted) and <c>schemalize</c> (bare), with
/// its <c>decamelize</c> option (<c>userId</c> → <c>user_id</c>) applied to every name but never to raw
/// SQL, types or values. One instance per migration, handed to each operation's writer.
/// </summary>
internal sealed partial class SqlNaming
{
    private readonly bool _decamelize;

    private SqlNaming(bool decamelize) => _decamelize = decamelize;

    public static SqlNaming AsWritten { get; } = new(false);

    public static SqlNaming Decamelized { get; } = new(true);

    /// <summary>A quoted identifier.</summary>
    public string Ident(string name) => SqlQuote.Ident(Transform(name));

    /// <summary><c>"schema"."name"</c>, or the raw SQL.</summary>
    public string Quote(SqlName name) =>
        name.IsRaw ? name.Name : name.Schema is null ? Ident(name.Name) : Ident(name.Schema) + "." + Ident(name.Name);

    /// <summary>
    /// <c>schema.name</c> unquoted, or the raw SQL; a bare name that looks like an expression
    /// (<c>lower(email)</c>) is wrapped in parentheses instead, as node-pg-migrate's schemalize does.
    /// </summary>
    public string Unquote(SqlName name) =>
        name.IsRaw ? name.Name
        : name.Schema is not null ? Transform(name.Schema) + "." + Transform(name.Name)
        : SqlName.LooksLikeExpression(name.Name) ? "(" + name.Name + ")"
        : Transform(name.Name);

    public string QuotedList(IEnumerable<SqlName> names) => string.Join(", ", names.Select(Quote));

    /// <summary>Identifiers, each transformed and quoted, comma-separated.</summary>
    public string IdentList(IEnumerable<string> names) => string.Join(", ", names.Select(Ident));

    private string Transform(string name) => _decamelize ? Decamelize(name) : name;

    /// <summary>node-pg-migrate's decamelize: <c>dataForUSACounties</c> → <c>data_for_usa_counties</c>.</summary>
    internal static string Decamelize(string text)
    {
        if (text.Length < 2) return text.ToLowerInvariant();
        var split = LowerThenUpper().Replace(text, "$1_$2");
        return UpperThenWord().Replace(split, "$1_$2").ToLowerInvariant();
    }

    [GeneratedRegex(@"([\p{Ll}0-9])(\p{Lu})")]
    private static partial Regex LowerThenUpper();

    [GeneratedRegex(@"(\p{Lu})(\p{Lu}\p{Ll}+)")]
    private static partial Regex UpperThenWord();
}
