using System.Text.Json;

namespace Strata.Tests;

/// <summary>Redaction does not depend on how the text around a secret was escaped.</summary>
public class SecretsTests
{
    const string Pw = "Lk9&Pw'd+Zq<7>ü";

    [Theory]
    [InlineData("raw")]
    [InlineData("json")]
    [InlineData("sql")]
    [InlineData("json-of-sql")]
    [InlineData("percent")]
    [InlineData("percent-lower")]
    public void A_secret_is_masked_in_every_escaping(string form)
    {
        var text = form switch
        {
            "raw" => Pw,
            "json" => JsonSerializer.Serialize(Pw),
            "sql" => "'" + Pw.Replace("'", "''") + "'",
            "json-of-sql" => JsonSerializer.Serialize("select '" + Pw.Replace("'", "''") + "'::int"),
            "percent" => Uri.EscapeDataString(Pw),
            _ => System.Text.RegularExpressions.Regex.Replace(Uri.EscapeDataString(Pw), "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant()),
        };
        var redacted = Secrets.Redact("before " + text + " after", [Pw]);
        Assert.Contains(Secrets.Mask, redacted);
        Assert.DoesNotContain("Lk9", redacted);
    }
}
