using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Strata.Sql;

namespace Strata.App;

/// <summary>
/// A SQL migration file: the up part starts at a line like <c>-- Up Migration</c>, the down part at
/// <c>-- Down Migration</c> (node-pg-migrate's markers; case-insensitive, dashes and spaces tolerated).
/// Without an up marker the whole file is the up part; without a down marker it cannot be rolled back.
/// A line <c>-- strata:no-transaction</c> runs the file outside a transaction (e.g. CREATE INDEX CONCURRENTLY).
/// Markers are comments of their own line, never text inside a string, a dollar-quoted body or a block comment
/// (node-pg-migrate matches them anywhere, and cuts a function body that mentions one in two).
/// </summary>
internal static partial class SqlMigration
{
    [GeneratedRegex(@"^--[\s-]*up\s+migration", RegexOptions.IgnoreCase)]
    private static partial Regex UpMarker();

    [GeneratedRegex(@"^--[\s-]*down\s+migration", RegexOptions.IgnoreCase)]
    private static partial Regex DownMarker();

    [GeneratedRegex(@"^--[ \t]*strata:no-transaction[ \t]*\r?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoTransactionMarker();

    /// <summary>Where the line of the first own-line comment that is this marker begins, or -1.</summary>
    static int Marker(string text, List<SqlToken> lineComments, Regex marker)
    {
        foreach (var t in lineComments)
            if (marker.IsMatch(t.In(text))) return LineStart(text, t.Start);
        return -1;
    }

    /// <summary>Where a line starts, when only spaces and tabs stand before <paramref name="at"/> on it; else -1.</summary>
    static int LineStart(string text, int at)
    {
        int k = at;
        while (k > 0 && text[k - 1] is ' ' or '\t') k--;
        return k == 0 || text[k - 1] == '\n' ? k : -1;
    }

    /// <summary>The template <c>create</c> writes, byte for byte node-pg-migrate's.</summary>
    public const string Template = "-- Up Migration\n\n-- Down Migration";

    public static string Read(MigrationFile file)
    {
        if (file.Resource is { } resource) return resource.Read();
        if (file.Class is not null) return "";
        return Reading(file, File.ReadAllText);
    }

    static T Reading<T>(MigrationFile file, Func<string, T> read)
    {
        try
        {
            return read(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StrataException.Input($"Cannot read {MigrationDiscovery.Relative(file.Path)}: {e.Message}", e);
        }
    }

    /// <summary>
    /// <see cref="Checksum(string)"/> of the file as <see cref="Read"/> reads it. Valid UTF-8 without a carriage return or a
    /// second BOM (nearly every migration) is hashed as it lies on disk, since decoding and encoding it again gives the same
    /// bytes: a no-op deploy checks every applied file, and decoding was most of its own time with a thousand of them.
    /// Anything else is read and normalized as text.
    /// </summary>
    public static string ChecksumOf(MigrationFile file)
    {
        if (file.Resource is not null || file.Class is not null) return Checksum(Read(file));
        ReadOnlySpan<byte> text = Reading(file, File.ReadAllBytes);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (text.StartsWith(bom)) text = text[bom.Length..];
        if (text.StartsWith(bom) || text.Contains((byte)'\r') || !System.Text.Unicode.Utf8.IsValid(text)) return Checksum(Read(file));
        return Convert.ToHexStringLower(SHA256.HashData(text));
    }

    /// <summary>The part for one direction, or null when the file has no down part.</summary>
    public static MigrationScript? Parse(MigrationFile file, string text, bool up)
    {
        var comments = SqlLexer.Tokens(text).Where(t => t.Kind == SqlTokenKind.LineComment && LineStart(text, t.Start) >= 0).ToList();
        int upAt = Marker(text, comments, UpMarker()), downAt = Marker(text, comments, DownMarker());
        int start, end;
        if (up)
        {
            start = upAt >= 0 ? upAt : 0;
            end = downAt >= 0 && downAt > start ? downAt : text.Length;
        }
        else
        {
            if (downAt < 0) return null;
            start = downAt;
            end = upAt >= 0 && upAt > start ? upAt : text.Length;
        }
        var section = text[start..end];
        var lineOffset = SqlScript.LineAt(text, start) - 1;
        var statements = SqlScript.Split(section, lineOffset);
        return new MigrationScript(file, statements, Marker(text, comments, NoTransactionMarker()) >= 0);
    }

    /// <summary>SHA-256 of the text with a BOM dropped and CRLF read as LF, so an editor's line endings are not drift.</summary>
    public static string Checksum(string text)
    {
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
