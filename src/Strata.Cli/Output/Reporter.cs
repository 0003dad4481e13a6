using System.Globalization;
using Strata.Runner;

namespace Strata.Cli.Output;

/// <summary>
/// Renders the engine's events for a person: one line per migration with its duration, then a summary.
/// With --json, stdout carries only the JSON document and these lines go to stderr.
/// </summary>
internal sealed class Reporter(TextWriter output, TextWriter error, bool json, bool verbose, bool color = false, Action<DatabaseSelected>? database = null, bool nameDatabase = true)
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
            case DatabaseSelected d:
                // stderr, so `up --dry-run > plan.sql` and a piped status stay what they were.
                if (nameDatabase) error.WriteLine($"Database: {d.Describe()}");
                database?.Invoke(d);
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
                // "applied" only once it is committed: in the run's one transaction it has only run so far (the summary says what is committed).
                var verb = (f.Committed, f.Direction) switch
                {
                    (false, Direction.Up) => "ran up  ",
                    (false, _) => "ran down",
                    (true, Direction.Up) => "applied ",
                    _ => "reverted",
                };
                // On a terminal a counter shows how far a long run has come; logs keep plain lines.
                if (color)
                    Human.WriteLine($"  \u001b[32m{verb}\u001b[0m  {f.Name}  \u001b[2m{Millis(f.Duration)}  [{_done}/{_planned}]\u001b[0m");
                else
                    Human.WriteLine($"  {verb}  {f.Name}  {Millis(f.Duration)}");
                break;
        }
    }

    public bool DryRun { get; set; }

    /// <param name="r">The app track's run.</param>
    /// <param name="committedBefore">What an earlier part of the same command committed (the auth track of <c>strata up</c>), so a failure never says "nothing was applied" of it.</param>
    public void Summary(RunResult r, string? committedBefore = null)
    {
        foreach (var d in r.Drift) error.WriteLine("warning: " + d.Describe());
        foreach (var w in r.Warnings) error.WriteLine(w);
        if (r.Failure is { } f)
        {
            error.WriteLine(f.Describe());
            foreach (var line in Outcome(r, committedBefore)) error.WriteLine(line);
            return;
        }
        if (r.DryRun)
        {
            Human.WriteLine($"-- dry run: {Count(r.Migrations.Count, "migration")} would run; nothing was changed.");
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
        Human.WriteLine($"{char.ToUpperInvariant(text[0])}{text[1..]}{(r.Fake ? " (fake: recorded, not run)" : "")} in {Seconds(r.Elapsed)}; committed.");
    }

    /// <summary>After a failure: what of the run is committed, what was rolled back, and what a no-transaction migration left.</summary>
    static IEnumerable<string> Outcome(RunResult r, string? committedBefore)
    {
        if (r.DryRun)
        {
            yield return "Dry run: nothing was changed.";
            yield break;
        }
        var rolledBack = r.Migrations.Where(m => m.State == MigrationOutcomeState.RolledBack).ToList();
        if (r.NothingChanged && committedBefore is null)
        {
            yield return rolledBack.Count > 0
                ? "Nothing was applied: the transaction was rolled back and the database is as it was before this run."
                : "Nothing was applied: the database is as it was before this run.";
            yield break;
        }
        if (committedBefore is not null) yield return committedBefore;
        var committed = r.Completed;
        if (committed.Count > 0) yield return $"Committed (these stay applied): {Names(committed)}.";
        if (rolledBack.Count > 0) yield return $"Rolled back (not applied): {Names(rolledBack)}.";
        foreach (var p in r.Migrations.Where(m => m.State == MigrationOutcomeState.Partial))
        {
            yield return p.StatementsRun.Count == 0
                ? $"Partly run, not recorded as applied: {p.Name}."
                : $"Partly run outside a transaction, not recorded as applied: {p.Name}; {Count(p.StatementsRun.Count, "statement")} of it ran and stay{(p.StatementsRun.Count == 1 ? "s" : "")}:";
            foreach (var s in p.StatementsRun) yield return "    " + FirstLine(s);
        }
        foreach (var i in r.InvalidIndexes)
            yield return $"Invalid index left: {i.Describe()}; drop it with `{i.Fix}` before running the migration again.";
    }

    static string Names(IEnumerable<MigrationOutcome> outcomes) => string.Join(", ", outcomes.Select(o => o.Direction == Direction.Up ? o.Name : o.Name + " (down)"));

    static string FirstLine(string s)
    {
        var line = s.Split('\n')[0].Trim();
        return line.Length > 100 ? line[..97] + "..." : line;
    }

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
    public static string Millis(TimeSpan t) => t.TotalMilliseconds < 10
        ? t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"
        : t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
