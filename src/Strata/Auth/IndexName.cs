using System.Text;

namespace Strata.Auth;

/// <summary>
/// better-auth's index names: <c>&lt;table&gt;_&lt;column&gt;_idx</c> (<c>_uidx</c> when unique). A name longer than
/// PostgreSQL's 63 bytes would be silently truncated by the server, so better-auth shortens it itself,
/// keeping a hash of the full name: <c>&lt;prefix&gt;_&lt;fnv1a&gt;_idx</c>. The hash must be bit-for-bit
/// better-auth's (FNV-1a over UTF-16 code units) or both tools would look for different indexes.
/// </summary>
internal static class IndexName
{
    private const int MaxBytes = 63;

    public static string For(string table, string column, bool unique) => For(table, [column], unique);

    /// <summary>A table-level index over several columns: their names joined by <c>_</c> where one column's would be.</summary>
    public static string For(string table, IReadOnlyList<string> columns, bool unique)
    {
        var kind = unique ? "uidx" : "idx";
        var full = $"{table}_{string.Join('_', columns)}_{kind}";
        if (Encoding.UTF8.GetByteCount(full) <= MaxBytes) return full;
        var suffix = $"_{Fnv1a(full)}_{kind}";
        var stem = full[..^(kind.Length + 1)];
        return TruncateUtf8(stem, MaxBytes - Encoding.UTF8.GetByteCount(suffix)) + suffix;
    }

    /// <summary>32-bit FNV-1a over UTF-16 code units, as 8 lower-case hex digits.</summary>
    internal static string Fnv1a(string value)
    {
        uint hash = 2166136261;
        foreach (var unit in value)
        {
            hash ^= unit;
            hash = unchecked(hash * 16777619);
        }
        return hash.ToString("x8");
    }

    /// <summary>The longest prefix, in whole code points, that fits in <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    private static string TruncateUtf8(string value, int maxBytes)
    {
        var result = new StringBuilder();
        var bytes = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes) break;
            result.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }
        return result.ToString();
    }
}
