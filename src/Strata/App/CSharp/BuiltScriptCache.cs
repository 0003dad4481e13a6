using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Strata.Sql;

namespace Strata.App.CSharp;

/// <summary>
/// The SQL a C# migration built, kept by the content of its file (and the Strata build), so a later run
/// needs neither Roslyn nor the JIT for it: the NativeAOT binary runs it as it runs a SQL file. Only SQL that
/// the file alone decides is kept: the compiler must have proven the migration pure (it reads no environment,
/// file, clock, randomness or network, and not pgm.Db; see <see cref="MigrationPurity"/>), and no statement may
/// carry a password. Every other migration is built afresh each time it runs. The <c>decamelize</c> setting changes the SQL, so it is part of the key.
/// </summary>
internal sealed partial class BuiltScriptCache(CacheDirectory cache, bool decamelize = false)
{
    /// <summary>2: entries are written only for migrations proven pure, and say so; format 1 entries are not read.</summary>
    const int Format = 2;

    /// <summary>
    /// Which Strata build the kept SQL belongs to. The NativeAOT binary passes its own to the JIT companion it
    /// hands a command to (<see cref="BuildIdVariable"/>), so what the companion keeps is what the AOT binary finds,
    /// even when the two were built separately.
    /// </summary>
    public static string BuildId { get; } = Environment.GetEnvironmentVariable(BuildIdVariable) is { Length: > 0 } passed ? passed
        : typeof(Migration).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public const string BuildIdVariable = "STRATA_BUILD_ID";

    [GeneratedRegex(@"\bpassword\b", RegexOptions.IgnoreCase)]
    private static partial Regex Password();

    string NameOf(string text, bool up) =>
        "s" + SqlMigration.Checksum($"{Format}\n{BuildId}\n{(up ? "up" : "down")}{(decamelize ? " decamelize" : "")}\n{text}")[..32] + ".json";

    /// <summary>The script built earlier from this exact file text, or null (never kept, or damaged: it is rebuilt).</summary>
    public MigrationScript? TryRead(MigrationFile file, string text, bool up)
    {
        if (cache.TryRead(NameOf(text, up)) is not { } bytes) return null;
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (!root.GetProperty("pure").GetBoolean()) return null;
            var statements = root.GetProperty("statements").EnumerateArray()
                .Select(s => new SqlStatement(s.GetProperty("text").GetString()!, 0, s.GetProperty("line").GetInt32()))
                .ToList();
            return new MigrationScript(file, statements, root.GetProperty("noTransaction").GetBoolean()) { LinesAreSqlLines = false };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>True when the script may be kept: no statement names a password (CREATE ROLE … PASSWORD, a user mapping's options).</summary>
    public static bool MayKeep(MigrationScript script) => !script.Statements.Any(s => Password().IsMatch(s.Text));

    /// <summary>Keeps the SQL a pure migration built; a script with a secret in it is not written.</summary>
    public void Write(string text, bool up, MigrationScript script)
    {
        if (!MayKeep(script)) return;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteBoolean("pure", true);
            w.WriteBoolean("noTransaction", script.NoTransaction);
            w.WriteStartArray("statements");
            foreach (var s in script.Statements)
            {
                w.WriteStartObject();
                w.WriteString("text", s.Text);
                w.WriteNumber("line", s.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        cache.TryWrite(NameOf(text, up), stream.ToArray());
    }
}
