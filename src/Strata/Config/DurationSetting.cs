using System.Globalization;
using System.Text.RegularExpressions;

namespace Strata.Config;

/// <summary>Durations as PostgreSQL writes them: a number of milliseconds, or "500ms", "10s", "2min", "1h".</summary>
internal static partial class DurationSetting
{
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        value = m.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(n),
            "min" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromMilliseconds(n),
        };
        return true;
    }

    /// <summary>The value for <c>SET lock_timeout</c>: whole milliseconds.</summary>
    public static string ToPostgres(TimeSpan value) => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
}
