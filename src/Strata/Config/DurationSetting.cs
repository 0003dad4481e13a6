using System.Globalization;
using System.Text.RegularExpressions;

namespace Strata.Config;

/// <summary>Durations as PostgreSQL writes them: a number of milliseconds, or "500ms", "10s", "2min", "1h".</summary>
internal static partial class DurationSetting
{
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$")]
    private static partial Regex Pattern();

    /// <summary>The largest value PostgreSQL takes for lock_timeout and statement_timeout (an int of milliseconds).</summary>
    public const int MaxMilliseconds = int.MaxValue;

    /// <summary>The duration in milliseconds, without TimeSpan's range: "1000000000h" is a number to refuse by name, not an overflow.</summary>
    public static bool TryParseMilliseconds(string text, out double milliseconds)
    {
        milliseconds = 0;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        milliseconds = n * m.Groups[2].Value switch
        {
            "s" => 1000,
            "min" => 60_000,
            "h" => 3_600_000,
            _ => 1,
        };
        return true;
    }

    /// <summary>The value for <c>SET lock_timeout</c>: whole milliseconds.</summary>
    public static string ToPostgres(TimeSpan value) => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
}
