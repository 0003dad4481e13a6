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
/// </summary>
internal static partial class SqlMigration
{
    [GeneratedRegex(@"^[ \t]*--[\s-]*up\s+migration", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex UpMarker();

    [GeneratedRegex(@"^[ \t]*--[\s-]*down\s+migration", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex DownMarker();

    [GeneratedRegex(@"^[ \t]*--[ \t]*strata:no-transaction[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex NoTransactionMarker();

    /// <summary>The template <c>create</c> writes, byte for byte node-pg-migrate's.</summary>
    public const string Template = "-- Up Migration\n\n-- Down Migration";

    public static string Read(MigrationFile file)
    {
        try
        {
            return File.ReadAllText(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StrataException.Input($"Cannot read {MigrationDiscovery.Relative(file.Path)}: {e.Message}", e);
        }
    }

    /// <summary>The part for one direction, or null when the file has no down part.</summary>
    public static MigrationScript? Parse(MigrationFile file, string text, bool up)
    {
        var upMatch = UpMarker().Match(text);
        var downMatch = DownMarker().Match(text);
        int start, end;
        if (up)
        {
            start = upMatch.Success ? upMatch.Index : 0;
            end = downMatch.Success && downMatch.Index > start ? downMatch.Index : text.Length;
        }
        else
        {
            if (!downMatch.Success) return null;
            start = downMatch.Index;
            end = upMatch.Success && upMatch.Index > start ? upMatch.Index : text.Length;
        }
        var section = text[start..end];
        var lineOffset = SqlScript.LineAt(text, start) - 1;
        var statements = SqlScript.Split(section, lineOffset);
        return new MigrationScript(file, statements, NoTransactionMarker().IsMatch(text));
    }

    /// <summary>SHA-256 of the text with a BOM dropped and CRLF read as LF, so an editor's line endings are not drift.</summary>
    public static string Checksum(string text)
    {
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
