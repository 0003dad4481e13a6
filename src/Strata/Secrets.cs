using System.Text.Encodings.Web;
using System.Text.Json;

namespace Strata;

/// <summary>
/// The one place that scrubs secrets (passwords) out of text meant for people and machines.
/// A secret is masked in every form output can carry it in: as written, SQL-quoted (a failing statement),
/// keyword/value-quoted, percent-encoded (a URL), and each of those JSON-escaped (<c>&amp;</c> → <c>\u0026</c>
/// in --json), so redaction does not depend on which writer escaped what.
/// Secrets shorter than three characters are left alone: masking every "a" would hide the message, not the secret.
/// </summary>
internal static class Secrets
{
    public const string Mask = "********";

    public static string Redact(string text, IEnumerable<string?> secrets) => RedactForms(text, FormsOf(secrets));

    /// <summary>Every form of the secrets, longest first (so a form is masked before a shorter one inside it).</summary>
    public static IReadOnlyList<string> FormsOf(IEnumerable<string?> secrets) =>
        secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 3)
            .SelectMany(s => Forms(s!))
            .Where(f => f.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(f => f.Length)
            .ToList();

    /// <summary>Masks forms as <see cref="FormsOf"/> returned them.</summary>
    public static string RedactForms(string text, IReadOnlyList<string> forms)
    {
        foreach (var f in forms)
            if (text.Contains(f, StringComparison.Ordinal)) text = text.Replace(f, Mask, StringComparison.Ordinal);
        return text;
    }

    static IEnumerable<string> Forms(string secret)
    {
        var percent = Uri.EscapeDataString(secret);
        string[] written =
        [
            secret,
            secret.Replace("'", "''", StringComparison.Ordinal),
            secret.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal),
            secret.Replace("\"", "\"\"", StringComparison.Ordinal),
            percent,
            LowerHex(percent),
        ];
        foreach (var w in written)
        {
            yield return w;
            yield return JsonEncodedText.Encode(w).Value;
            yield return JsonEncodedText.Encode(w, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;
        }
    }

    static string LowerHex(string percentEncoded)
    {
        var chars = percentEncoded.ToCharArray();
        for (int i = 0; i + 2 < chars.Length; i++)
            if (chars[i] == '%')
            {
                chars[i + 1] = char.ToLowerInvariant(chars[i + 1]);
                chars[i + 2] = char.ToLowerInvariant(chars[i + 2]);
            }
        return new string(chars);
    }
}
