namespace Strata;

/// <summary>
/// The one place that scrubs secrets (passwords) out of text meant for people.
/// Secrets shorter than three characters are left alone: masking every "a" would hide the message, not the secret.
/// </summary>
internal static class Secrets
{
    public const string Mask = "********";

    public static string Redact(string text, IEnumerable<string?> secrets)
    {
        foreach (var s in secrets)
            if (!string.IsNullOrEmpty(s) && s.Length >= 3)
                text = text.Replace(s, Mask, StringComparison.Ordinal);
        return text;
    }
}
