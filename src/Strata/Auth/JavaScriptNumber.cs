using System.Globalization;

namespace Strata.Auth;

/// <summary>
/// Numbers as JavaScript's <c>Number.prototype.toString</c> writes them, because that is the text kysely
/// puts in better-auth's SQL: the shortest round-trip digits, plain from 1e-6 up to 1e21, an exponent outside.
/// </summary>
internal static class JavaScriptNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        if (value == 0) return "0";
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        // value = 0.<digits> × 10^n, the form ECMAScript's algorithm starts from.
        var n = (dot < 0 ? text.Length : dot) + exponent;
        var digits = text.Replace(".", "");
        while (digits.Length > 1 && digits[0] == '0')
        {
            digits = digits[1..];
            n--;
        }
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var body = n switch
        {
            _ when k <= n && n <= 21 => digits + new string('0', n - k),
            > 0 and <= 21 => digits[..n] + "." + digits[n..],
            > -6 and <= 0 => "0." + new string('0', -n) + digits,
            _ => (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + (n - 1 < 0 ? "-" : "+") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture),
        };
        return (value < 0 ? "-" : "") + body;
    }
}
