using System.Globalization;
using Spectre.Console;
using Strata.Runner;

namespace Strata.Cli.Output;

/// <summary>
/// <c>strata status</c> for a person: a coloured table on a terminal, plain aligned lines in CI and pipes.
/// </summary>
internal static class StatusView
{
    public static void Write(TextWriter output, StatusReport s, string migrationsDir, bool color)
    {
        var console = ViewConsole.Create(output, color, minWidth: 100);

        if (s.AuthPending is { } pending)
        {
            var state = pending.Count == 0 ? "[green]up to date[/]" : $"[yellow]{Reporter.Count(pending.Count, "statement")} pending[/]";
            Line(console, color, $"Auth schema (better-auth): {state}");
            foreach (var d in s.AuthDrift) Line(console, color, $"  [red]drift[/]  {Markup.Escape(d.Describe())}");
        }

        var app = s.App;
        var applied = app.Migrations.Count(m => m.Status == MigrationStatus.Applied);
        Line(console, color, $"App migrations ({Markup.Escape(migrationsDir)}): {applied} applied, " +
            (app.Pending == 0 ? "0 pending" : $"[yellow]{app.Pending} pending[/]") +
            (app.Drifted == 0 ? "" : $", [red]{app.Drifted} drifted[/]"));
        if (color)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Migration").AddColumn("State").AddColumn("Ran at (server time)");
            foreach (var m in app.Migrations) table.AddRow(Markup.Escape(m.Name), State(m.Status, true), RunOn(m));
            if (app.Migrations.Count > 0) console.Write(table);
        }
        else
        {
            int width = app.Migrations.Select(m => m.Name.Length).DefaultIfEmpty(0).Max();
            foreach (var m in app.Migrations)
                output.WriteLine($"  {State(m.Status, false),-8} {m.Name.PadRight(width)}  {RunOn(m)}".TrimEnd());
        }
        foreach (var i in s.InvalidIndexes)
            Line(console, color, $"  [red]invalid index[/]  {Markup.Escape(i.Describe())} (a concurrent build that did not finish); fix: {Markup.Escape(i.Fix)} then run the migration that builds it again");
        var verdict = s.Drifted ? "[red]Drift: applied migrations changed or vanished, an index is invalid, or auth columns differ (exit 4).[/]"
            : s.Pending ? "[yellow]Pending changes: `strata up` applies them (exit 3).[/]"
            : "[green]Up to date.[/]";
        Line(console, color, verdict);
    }

    static void Line(IAnsiConsole console, bool color, string markup)
    {
        if (color) console.MarkupLine(markup);
        else console.WriteLine(Markup.Remove(markup));
    }

    static string State(MigrationStatus status, bool color) => (status, color) switch
    {
        (MigrationStatus.Applied, true) => "[green]applied[/]",
        (MigrationStatus.Pending, true) => "[yellow]pending[/]",
        (MigrationStatus.Changed, true) => "[red]changed[/]",
        (MigrationStatus.Missing, true) => "[red]missing[/]",
        _ => status.ToString().ToLowerInvariant(),
    };

    static string RunOn(MigrationState m) => m.RunOn?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
