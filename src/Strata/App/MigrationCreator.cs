using System.Globalization;
using System.Text.RegularExpressions;

namespace Strata.App;

/// <summary>Writes a new migration file with node-pg-migrate's naming: <c>&lt;prefix&gt;_&lt;name&gt;.&lt;ext&gt;</c>.</summary>
internal static partial class MigrationCreator
{
    [GeneratedRegex("[ _]+")]
    private static partial Regex Separators();

    /// <summary>Spaces and underscores become '-', as node-pg-migrate does; path separators are refused.</summary>
    public static string NormalizeName(string name)
    {
        var n = Separators().Replace(name.Trim(), "-");
        if (n.Length == 0) throw StrataException.Input("A migration needs a name: strata migrate create NAME");
        if (n.IndexOfAny(['/', '\\', '\0']) >= 0 || n is "." or "..")
            throw StrataException.Input($"The migration name \"{name}\" contains a path separator; use letters, digits and '-'.");
        return n;
    }

    public static string Prefix(string format, DateTimeOffset now, IReadOnlyList<MigrationFile> existing) => format switch
    {
        "utc" => now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture),
        "index" => NextIndex(existing),
        _ => now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
    };

    static string NextIndex(IReadOnlyList<MigrationFile> existing)
    {
        if (existing.Count == 0) return "0001";
        int width = existing.Max(f => f.FileName.TakeWhile(char.IsAsciiDigit).Count());
        var next = existing.Max(f => f.Prefix) + 1;
        return next.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(width, 4), '0');
    }

    /// <summary>The C# template: the twin of node-pg-migrate's TypeScript template, a class named after the migration.</summary>
    public static string CSharpTemplate(string name)
    {
        var words = Regex.Split(name, "[^A-Za-z0-9]+");
        var pascal = string.Concat(words.Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var className = pascal.Length == 0 || char.IsAsciiDigit(pascal[0]) ? "Migration" + pascal : pascal;
        return $$"""
            public sealed class {{className}} : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                }

                // Leave Down out to have it inferred from Up (every operation must be reversible).
                public override void Down(MigrationBuilder pgm)
                {
                }
            }

            """;
    }

    /// <summary>Creates the file and returns its path. Refuses to overwrite.</summary>
    public static string Create(string directory, string prefix, string name, string extension, string content)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{prefix}_{name}.{extension}");
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(content);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw StrataException.Input($"{path} already exists.");
        }
        return path;
    }
}
