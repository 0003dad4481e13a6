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
    public static string Run(string command, RunResult r, DatabaseSelected? database = null) => Write(w =>
    {
        w.WriteString("command", command);
        WriteRun(w, r);
    }, database);

    /// <summary>The fields of an app-track run (also the "app" object of <c>strata up</c>).</summary>
    public static void WriteRun(Utf8JsonWriter w, RunResult r)
    {
        w.WriteBoolean("ok", r.Succeeded);
        w.WriteBoolean("dryRun", r.DryRun);
        w.WriteBoolean("fake", r.Fake);
        w.WriteBoolean("databaseUnchanged", r.NothingChanged);
        WriteObjects(w, "migrations", r.Migrations, (w, c) =>
        {
            w.WriteString("name", c.Name);
            w.WriteString("direction", c.Direction == Direction.Up ? "up" : "down");
            w.WriteString("state", State(c.State));
            w.WriteNumber("durationMs", Math.Round(c.Duration.TotalMilliseconds, 3));
            WriteStrings(w, "statementsRun", c.StatementsRun);
        });
        WriteInvalidIndexes(w, r.InvalidIndexes);
        WriteFailure(w, r.Failure);
        WriteObjects(w, "drift", r.Drift, (w, d) =>
        {
            w.WriteString("name", d.Name);
            w.WriteString("status", d.Status.ToString().ToLowerInvariant());
            w.WriteString("file", d.File);
            w.WriteString("message", d.Describe());
        });
        WriteStrings(w, "warnings", r.Warnings);
        w.WriteNumber("elapsedMs", Math.Round(r.Elapsed.TotalMilliseconds, 3));
    }

    /// <summary>An array of strings under <paramref name="name"/>.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>An array of objects under <paramref name="name"/>, one per item, its fields written by <paramref name="fields"/>.</summary>
    public static void WriteObjects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static string State(MigrationOutcomeState s) => s switch
    {
        MigrationOutcomeState.Committed => "committed",
        MigrationOutcomeState.RolledBack => "rolledBack",
        MigrationOutcomeState.Partial => "partial",
        _ => "dryRun",
    };

    /// <summary>The "invalidIndexes" field: indexes a concurrent build left invalid, with the statement that removes each.</summary>
    public static void WriteInvalidIndexes(Utf8JsonWriter w, IReadOnlyList<InvalidIndex> indexes)
    {
        WriteObjects(w, "invalidIndexes", indexes, (w, i) =>
        {
            w.WriteString("schema", i.Schema);
            w.WriteString("name", i.Name);
            w.WriteString("table", i.Table);
            w.WriteString("fix", i.Fix);
        });
    }

    /// <summary>The "failure" field: null, or where and why a run stopped.</summary>
    public static void WriteFailure(Utf8JsonWriter w, MigrationFailure? failure)
    {
        if (failure is not { } f)
        {
            w.WriteNull("failure");
            return;
        }
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

    public static string Status(StatusReport s, DatabaseSelected? database = null) => Write(w =>
    {
        w.WriteString("command", "status");
        w.WriteBoolean("upToDate", s.UpToDate);
        w.WriteNumber("exitCode", s.ExitCode);
        w.WriteStartObject("app");
        w.WriteNumber("applied", s.App.Migrations.Count(m => m.Status == MigrationStatus.Applied));
        w.WriteNumber("pending", s.App.Pending);
        w.WriteNumber("drifted", s.App.Drifted);
        WriteObjects(w, "migrations", s.App.Migrations, (w, m) =>
        {
            w.WriteString("name", m.Name);
            w.WriteString("status", m.Status.ToString().ToLowerInvariant());
            if (m.RunOn is { } runOn) w.WriteString("runOn", DateTime.SpecifyKind(runOn, DateTimeKind.Unspecified).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture));
            else w.WriteNull("runOn");
            w.WriteString("file", m.File);
        });
        WriteInvalidIndexes(w, s.InvalidIndexes);
        w.WriteEndObject();
        if (s.AuthPending is null) w.WriteNull("auth");
        else
        {
            w.WriteStartObject("auth");
            w.WriteBoolean("upToDate", s.AuthPending.Count == 0 && s.AuthDrift.Count == 0);
            WriteStrings(w, "pendingStatements", s.AuthPending);
            WriteStrings(w, "drift", s.AuthDrift.Select(d => d.Describe()));
            w.WriteEndObject();
        }
    }, database);

    public static string Error(int exitCode, string message, DatabaseSelected? database = null) => Write(w =>
    {
        w.WriteBoolean("ok", false);
        w.WriteNumber("exitCode", exitCode);
        w.WriteString("error", message);
    }, database);

    /// <summary>A document; <paramref name="database"/>, when the command got as far as choosing one, becomes its "database" field.</summary>
    /// <summary>Which database, never the password: <c>{"host", "port", "name", "user", "source", "embedded"}</c>.</summary>
    static void WriteDatabase(Utf8JsonWriter w, DatabaseSelected d)
    {
        w.WriteStartObject("database");
        w.WriteString("host", d.Host);
        if (d.Port is { } port) w.WriteNumber("port", port); else w.WriteNull("port");
        w.WriteString("name", d.Name);
        w.WriteString("user", d.User);
        w.WriteString("source", d.Source);
        w.WriteBoolean("embedded", d.Embedded);
        w.WriteEndObject();
    }

    public static string Write(Action<Utf8JsonWriter> body, DatabaseSelected? database = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            body(w);
            if (database is not null) WriteDatabase(w, database);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
