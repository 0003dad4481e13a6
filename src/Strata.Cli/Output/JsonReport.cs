using System.Text;
using System.Text.Json;
using Strata.Runner;

namespace Strata.Cli.Output;

/// <summary>
/// The --json documents, written with Utf8JsonWriter (no reflection, so the NativeAOT build keeps it).
/// The shapes are documented in the README.
/// </summary>
internal static class JsonReport
{
    public static string Run(string command, RunResult r) => Write(w =>
    {
        w.WriteString("command", command);
        w.WriteBoolean("ok", r.Succeeded);
        w.WriteBoolean("dryRun", r.DryRun);
        w.WriteBoolean("fake", r.Fake);
        w.WriteStartArray("migrations");
        foreach (var c in r.Completed)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("direction", c.Direction == Direction.Up ? "up" : "down");
            w.WriteNumber("durationMs", Math.Round(c.Duration.TotalMilliseconds, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.Failure is { } f)
        {
            w.WriteStartObject("failure");
            w.WriteString("migration", f.Migration);
            w.WriteString("file", f.File);
            if (f.Line is { } l) w.WriteNumber("line", l); else w.WriteNull("line");
            if (f.Column is { } c) w.WriteNumber("column", c); else w.WriteNull("column");
            w.WriteString("statement", f.Statement);
            w.WriteString("message", f.Message);
            w.WriteString("sqlState", f.SqlState);
            w.WriteEndObject();
        }
        else w.WriteNull("failure");
        w.WriteNumber("elapsedMs", Math.Round(r.Elapsed.TotalMilliseconds, 3));
    });

    public static string Error(int exitCode, string message) => Write(w =>
    {
        w.WriteBoolean("ok", false);
        w.WriteNumber("exitCode", exitCode);
        w.WriteString("error", message);
    });

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
