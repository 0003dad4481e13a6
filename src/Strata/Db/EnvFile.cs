using System.Text.RegularExpressions;

namespace Strata.Db;

/// <summary>
/// Reads a <c>.env</c> file with the rules of node's dotenv (16 and 17), which the TypeScript side of a
/// project reads the same file with: <c>KEY=value</c> or <c>KEY: value</c>, an optional <c>export</c>,
/// single, double or backtick quotes (a quoted value may span lines; only double quotes turn <c>\n</c>
/// and <c>\r</c> into line breaks), <c>#</c> comments, and no <c>$VAR</c> expansion: a password with a
/// <c>$</c> in it stays as written. A key given twice keeps its last value. Lines dotenv would skip are skipped.
/// The process environment is never touched.
/// </summary>
internal static partial class EnvFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, string>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        // Say what went wrong with the file, never what is in it.
        catch (UnauthorizedAccessException e)
        {
            throw StrataException.Input($"Cannot read {path}: permission denied.", e);
        }
        catch (IOException e)
        {
            throw StrataException.Input($"Cannot read {path}: {e.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)}.", e);
        }
        return Parse(text);
    }

    /// <summary>dotenv's <c>parse</c>, regular expressions and all (ECMAScript mode, so <c>\w</c> and <c>\s</c> mean what they mean in JavaScript).</summary>
    internal static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (Match m in Line().Matches(lines))
        {
            var value = m.Groups[2].Value.Trim(JsWhiteSpace);
            var quote = value.Length > 0 ? value[0] : '\0';
            value = Quoted().Replace(value, "$2");
            if (quote == '"') value = value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal);
            result[m.Groups[1].Value] = value;
        }
        return result;
    }

    static readonly char[] JsWhiteSpace = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000'];

    // dotenv 17.4 lib/main.js, LINE.
    [GeneratedRegex("""(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)""", RegexOptions.Multiline | RegexOptions.ECMAScript)]
    private static partial Regex Line();

    [GeneratedRegex("""^(['"`])([\s\S]*)\1$""", RegexOptions.Multiline | RegexOptions.ECMAScript)]
    private static partial Regex Quoted();
}
