using System.Globalization;
using System.Text;

namespace Strata.App.Conversion;

/// <summary>C# literals and names, written the way a person would write them.</summary>
internal static class CSharpCode
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal", "default",
        "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    ];

    public static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

    /// <summary><c>create-users</c>, <c>add_email</c> → <c>CreateUsers</c>, <c>AddEmail</c>.</summary>
    public static string Pascal(string name)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, "Migration");
        return sb.ToString();
    }

    /// <summary>A string literal: verbatim (<c>@"…"</c>) when the text spans lines, so SQL keeps its shape.</summary>
    public static string String(string s) => s.Contains('\n') ? "@\"" + Verbatim(s) + "\"" : "\"" + Escape(s) + "\"";

    /// <summary>
    /// Stands for a line break inside a verbatim string while the code is laid out, so indenting the code never
    /// changes a string; <see cref="Restore"/> puts the line breaks back.
    /// </summary>
    public const char LiteralNewLine = '\u0002';

    /// <summary>Text for a verbatim string (<c>@"…"</c>, <c>$@"…"</c>): quotes doubled, line breaks kept apart from layout.</summary>
    public static string Verbatim(string s) => s.Replace("\"", "\"\"").Replace('\n', LiteralNewLine);

    public static string Restore(string code) => code.Replace(LiteralNewLine, '\n');

    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    public static string Number(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < int.MaxValue ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
}
