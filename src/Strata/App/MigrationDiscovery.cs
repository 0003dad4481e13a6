using System.Globalization;
using System.Text.RegularExpressions;

namespace Strata.App;

/// <summary>
/// Lists the migrations folder in node-pg-migrate's order: by numeric prefix (a 17-digit prefix is a
/// UTC time, <c>YYYYMMDDHHmmssSSS</c>, so <c>timestamp</c> and <c>utc</c> files interleave by time), then by name.
/// </summary>
internal static class MigrationDiscovery
{
    static readonly Dictionary<string, MigrationLanguage> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        [".sql"] = MigrationLanguage.Sql,
        [".cs"] = MigrationLanguage.CSharp,
        [".js"] = MigrationLanguage.NodeScript,
        [".ts"] = MigrationLanguage.NodeScript,
        [".cjs"] = MigrationLanguage.NodeScript,
        [".mjs"] = MigrationLanguage.NodeScript,
        [".cts"] = MigrationLanguage.NodeScript,
        [".mts"] = MigrationLanguage.NodeScript,
    };

    public static IReadOnlyList<MigrationFile> Discover(string directory, string ignorePattern)
    {
        if (File.Exists(directory))
            throw StrataException.Input($"The migrations folder {directory} is a file, not a folder (check \"migrations-dir\" in .migraterc.json).");
        if (!Directory.Exists(directory))
            throw StrataException.Input($"The migrations folder {directory} does not exist (set \"migrations-dir\" in .migraterc.json, or create it with `strata migrate create NAME`).");
        var ignore = new Regex("^(?:" + ignorePattern + ")$", RegexOptions.CultureInvariant);
        var files = new List<MigrationFile>();
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            var fileName = Path.GetFileName(path);
            if (ignore.IsMatch(fileName)) continue;
            var ext = Path.GetExtension(fileName);
            if (!Languages.TryGetValue(ext, out var language))
                throw StrataException.Input($"{Relative(path)}: not a migration (expected .sql or .cs); move it out of the migrations folder or match it with \"ignore-pattern\".");
            var prefix = PrefixOf(fileName) ?? throw StrataException.Input(fileName.TakeWhile(char.IsAsciiDigit).Count() is var digits and > 28
                ? $"{Relative(path)}: its numeric prefix has {digits} digits, more than the 28 that order migrations exactly: rename it with a 13-digit timestamp (what `strata migrate create NAME` writes)."
                : $"{Relative(path)}: a migration's name must start with a number (its timestamp); create migrations with `strata migrate create NAME`.");
            files.Add(new MigrationFile(Path.GetFileNameWithoutExtension(fileName), path, language, prefix));
        }
        files.Sort(Compare);
        foreach (var dup in files.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            throw StrataException.Input($"Two migrations have the name {dup.Key}: {string.Join(" and ", dup.Select(f => Relative(f.Path)))}; the tracking table could not tell them apart.");
        return files;
    }

    /// <summary>The numeric prefix; 17 digits are read as a UTC time in milliseconds, as node-pg-migrate does.</summary>
    public static decimal? PrefixOf(string fileName)
    {
        int n = 0;
        while (n < fileName.Length && char.IsAsciiDigit(fileName[n])) n++;
        if (n == 0 || n > 28) return null;
        var digits = fileName[..n];
        if (n == 17 && DateTime.TryParseExact(digits, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return decimal.Parse(digits, CultureInfo.InvariantCulture);
    }

    static int Compare(MigrationFile a, MigrationFile b)
    {
        int c = a.Prefix.CompareTo(b.Prefix);
        return c != 0 ? c : NaturalCompare(a.FileName, b.FileName);
    }

    /// <summary>Like JavaScript's localeCompare with numeric collation and punctuation ignored, which node-pg-migrate uses for ties.</summary>
    static int NaturalCompare(string a, string b)
    {
        var x = Strip(a);
        var y = Strip(b);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                int si = i, sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                int c = decimal.Parse(x[si..i], CultureInfo.InvariantCulture).CompareTo(decimal.Parse(y[sj..j], CultureInfo.InvariantCulture));
                if (c != 0) return c;
            }
            else
            {
                int c = char.ToLowerInvariant(x[i]).CompareTo(char.ToLowerInvariant(y[j]));
                if (c != 0) return c;
                i++;
                j++;
            }
        }
        int rest = (x.Length - i).CompareTo(y.Length - j);
        return rest != 0 ? rest : string.CompareOrdinal(b, a);
    }

    static string Strip(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    internal static string Relative(string path)
    {
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..", StringComparison.Ordinal) ? path : rel;
    }
}
