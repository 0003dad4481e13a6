using System.Globalization;
using Strata.Runner;

namespace Strata.Cli.Output;

/// <summary>
/// Renders the engine's events for a person: one line per migration with its duration, then a summary.
/// With --json, stdout carries only the JSON document and these lines go to stderr.
/// </summary>
internal sealed class Reporter(TextWriter output, TextWriter error, bool json, bool verbose, bool color = false)
{
    TextWriter Human => json ? error : output;
    int _planned, _done;

    public void On(RunEvent e)
    {
        switch (e)
        {
            case LockWaiting w:
                error.WriteLine($"Waiting for the migration lock, held by {w.Holder}…");
                break;
            case LockAcquired a:
                error.WriteLine($"Got the migration lock after {Seconds(a.Waited)}.");
                break;
            case Notice n:
                error.WriteLine(n.Message);
                break;
            case StatementIssued s when DryRun:
                Human.WriteLine(s.Sql.TrimEnd().TrimEnd(';') + ";");
                break;
            case StatementIssued s when verbose:
                error.WriteLine("    " + s.Sql.Replace("\n", "\n    "));
                break;
            case MigrationStarting m when DryRun:
                Human.WriteLine($"-- {m.Name} ({(m.Direction == Direction.Up ? "up" : "down")})");
                break;
            case RunPlanned p:
                (_planned, _done) = (p.Migrations, 0);
                break;
            case MigrationFinished f when !DryRun:
                _done++;
                var verb = f.Direction == Direction.Up ? "applied " : "reverted";
                // On a terminal a counter shows how far a long run has come; logs keep plain lines.
                if (color)
                    Human.WriteLine($"  \u001b[32m{verb}\u001b[0m  {f.Name}  \u001b[2m{Millis(f.Duration)}  [{_done}/{_planned}]\u001b[0m");
                else
                    Human.WriteLine($"  {verb}  {f.Name}  {Millis(f.Duration)}");
                break;
        }
    }

    public bool DryRun { get; set; }

    public void Summary(RunResult r)
    {
        foreach (var d in r.Drift) error.WriteLine("warning: " + d.Describe());
        foreach (var w in r.Warnings) error.WriteLine(w);
        if (r.Failure is { } f)
        {
            error.WriteLine(f.Describe());
            var kept = r.Completed.Count;
            error.WriteLine(kept == 0
                ? "Nothing was applied: the database is as it was before this run."
                : $"{Count(kept, "migration")} committed before the failure stay applied; the failing one was rolled back.");
            return;
        }
        if (r.DryRun)
        {
            Human.WriteLine($"-- dry run: {Count(r.Completed.Count, "migration")} would run; nothing was changed.");
            return;
        }
        if (r.Completed.Count == 0)
        {
            Human.WriteLine("No migrations to run: the database is up to date.");
            return;
        }
        var ups = r.Completed.Count(c => c.Direction == Direction.Up);
        var downs = r.Completed.Count - ups;
        var parts = new List<string>();
        if (downs > 0) parts.Add($"reverted {Count(downs, "migration")}");
        if (ups > 0) parts.Add($"applied {Count(ups, "migration")}");
        var text = string.Join(", ", parts);
        Human.WriteLine($"{char.ToUpperInvariant(text[0])}{text[1..]}{(r.Fake ? " (fake: recorded, not run)" : "")} in {Seconds(r.Elapsed)}.");
    }

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
    public static string Millis(TimeSpan t) => t.TotalMilliseconds < 10
        ? t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"
        : t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
