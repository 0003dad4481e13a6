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
        if (n.Any(char.IsControl))
            throw StrataException.Input("The migration name contains a line break or another control character; a file name and its row in the tracking table hold one line: use letters, digits and '-'.");
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

    /// <summary>
    /// The C# template: the twin of node-pg-migrate's TypeScript template, a class named after the migration.
    /// It has no Down: an empty one kept by mistake would make `migrate down` delete the history row and leave the tables.
    /// </summary>
    public static string CSharpTemplate(string name)
    {
        var words = Regex.Split(name, "[^A-Za-z0-9]+");
        var pascal = string.Concat(words.Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        // A class may not be named Migration (its base class) or start with a digit.
        var className = pascal.Length == 0 ? "NewMigration" : char.IsAsciiDigit(pascal[0]) || pascal == "Migration" ? "Migration" + pascal : pascal;
        return $$"""
            public sealed class {{className}} : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                }

                // No Down: it is inferred from Up. An irreversible operation (pgm.Sql, a drop) makes
                // `migrate down` fail naming it; then override Down yourself.
            }

            """;
    }

    const int MaxName = 255, MaxFileNameBytes = 255;

    /// <summary>Creates the file and returns its path. Refuses to overwrite.</summary>
    public static string Create(string directory, string prefix, string name, string extension, string content)
    {
        var file = $"{prefix}_{name}.{extension}";
        // The name is recorded in pgmigrations.name, a varchar(255), and file systems allow 255 bytes per file name.
        int over = Math.Max(file.Length - extension.Length - 1 - MaxName, System.Text.Encoding.UTF8.GetByteCount(file) - MaxFileNameBytes);
        if (over > 0)
            throw StrataException.Input($"The migration name is {name.Length} characters long, {over} too many: with its prefix it must fit the tracking table's name column (varchar({MaxName})) and a file name ({MaxFileNameBytes} bytes); use a shorter name.");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, file);
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
