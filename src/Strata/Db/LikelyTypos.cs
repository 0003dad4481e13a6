namespace Strata.Db;

/// <summary>
/// Names one or two edits (insert, delete, replace, swap two neighbours; case ignored) from the expected
/// variable name: <c>DATABASE_ULR</c> for <c>DATABASE_URL</c>. A typo there would otherwise mean a silent
/// fallback to another database.
/// </summary>
internal static class LikelyTypos
{
    public static IEnumerable<string> Of(string expected, IEnumerable<string> names) =>
        names.Where(n => n != expected && Distance(n.ToUpperInvariant(), expected.ToUpperInvariant()) <= 2).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring).</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return 3;
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
