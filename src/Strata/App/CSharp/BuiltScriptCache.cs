using System.Reflection;
using System.Text;
using System.Text.Json;
using Strata.Sql;

namespace Strata.App.CSharp;

/// <summary>
/// The SQL a C# migration built, kept by the content of its file (and the Strata build), so a later run
/// needs neither Roslyn nor the JIT for it: the NativeAOT binary runs it as it runs a SQL file. Only
/// migrations that do not read the database are kept; those are built afresh every time they run.
/// </summary>
internal sealed class BuiltScriptCache(string directory)
{
    const int Format = 1;

    /// <summary>
    /// Which Strata build the kept SQL belongs to. The NativeAOT binary passes its own to the JIT companion it
    /// hands a command to (<see cref="BuildIdVariable"/>), so what the companion keeps is what the AOT binary finds,
    /// even when the two were built separately.
    /// </summary>
    public static string BuildId { get; } = Environment.GetEnvironmentVariable(BuildIdVariable) is { Length: > 0 } passed ? passed
        : typeof(Migration).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public const string BuildIdVariable = "STRATA_BUILD_ID";

    string PathOf(string text, bool up) =>
        Path.Combine(directory, "s" + SqlMigration.Checksum($"{Format}\n{BuildId}\n{(up ? "up" : "down")}\n{text}")[..32] + ".json");

    /// <summary>The script built earlier from this exact file text, or null.</summary>
    public MigrationScript? TryRead(MigrationFile file, string text, bool up)
    {
        var path = PathOf(text, up);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var statements = root.GetProperty("statements").EnumerateArray()
                .Select(s => new SqlStatement(s.GetProperty("text").GetString()!, 0, s.GetProperty("line").GetInt32()))
                .ToList();
            return new MigrationScript(file, statements, root.GetProperty("noTransaction").GetBoolean()) { LinesAreSqlLines = false };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            return null; // a damaged entry is rebuilt
        }
    }

    public void Write(string text, bool up, MigrationScript script)
    {
        Directory.CreateDirectory(directory);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
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
        var path = PathOf(text, up);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temp, stream.ToArray());
        File.Move(temp, path, overwrite: true);
    }
}
