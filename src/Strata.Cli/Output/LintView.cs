using Spectre.Console;
using Strata.Lint;

namespace Strata.Cli.Output;

/// <summary>
/// <c>strata lint</c> for a person: a table on a terminal, plain lines in CI and pipes. Before <c>up</c> only the
/// risky and dangerous statements are shown.
/// </summary>
internal static class LintView
{
    public static void Write(TextWriter output, LintReport r, bool color, bool flaggedOnly = false)
    {
        var console = ViewConsole.Create(output, color, minWidth: 140);
        var shown = r.Statements.Where(s => flaggedOnly ? s.Verdict != Verdict.Safe : s.Effects.Count > 0 || s.Failure is not null).ToList();

        if (!flaggedOnly)
        {
            var scratch = r.ScratchVersion is { } v ? $", observed on a scratch database (PostgreSQL {LintReport.VersionText(v)})" : "";
            Line(console, output, color, $"Lint: {Reporter.Count(r.PendingMigrations, "pending migration")}, {Reporter.Count(r.Statements.Count, "statement")} on the target (PostgreSQL {LintReport.VersionText(r.TargetVersion)}){scratch}.");
        }
        if (color && shown.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Verdict").AddColumn("Where").AddColumn("Relation").AddColumn("Lock").AddColumn("What it does");
            foreach (var s in shown)
            {
                var effects = s.Effects.Count == 0 ? [null] : s.Effects.Cast<WeighedEffect?>().ToList();
                bool first = true;
                foreach (var e in effects)
                {
                    table.AddRow(first ? VerdictMarkup(s.Verdict) : "", Markup.Escape(first ? s.Location : ""), Markup.Escape(e?.Effect.Relation ?? ""),
                        Markup.Escape(e?.Effect.Held.SqlName() ?? ""), Markup.Escape(e?.Reason ?? s.Failure ?? ""));
                    first = false;
                }
                if (s.Instead is { } instead) table.AddRow("", "", "", "", $"[blue]instead:[/] {Markup.Escape(instead)}");
            }
            console.Write(table);
        }
        else
        {
            foreach (var s in shown)
            {
                var head = $"{s.Verdict.ToString().ToLowerInvariant(),-9} {s.Location}  {FirstLine(s.Sql)}";
                output.WriteLine(head);
                if (s.Failure is { } f) output.WriteLine($"          {f}");
                foreach (var e in s.Effects)
                    output.WriteLine($"          {e.Effect.Relation}: {e.Reason}{(e.Effect.Source == EffectSource.Rule ? " [rule]" : "")}");
                if (s.Instead is { } instead) output.WriteLine($"          instead: {instead}");
            }
        }
        foreach (var n in r.Notes) Line(console, output, color, $"[dim]note: {Markup.Escape(n)}[/]");
        if (flaggedOnly && shown.Count == 0) return;
        var counts = $"{Reporter.Count(r.Count(Verdict.Dangerous), "dangerous statement")}, {r.Count(Verdict.Risky)} risky, {r.Count(Verdict.Safe)} safe";
        Line(console, output, color, r.Flagged
            ? $"[{(r.Worst == Verdict.Dangerous ? "red" : "yellow")}]{counts}: use the sequences shown as \"instead\" (exit {LintReport.FlaggedExitCode}).[/]"
            : $"[green]{counts}: nothing pending blocks traffic for long on this database.[/]");
    }

    static string VerdictMarkup(Verdict v) => v switch
    {
        Verdict.Dangerous => "[red]dangerous[/]",
        Verdict.Risky => "[yellow]risky[/]",
        _ => "[green]safe[/]",
    };

    static string FirstLine(string sql)
    {
        var line = sql.Split('\n')[0].Trim();
        return line.Length > 90 ? line[..87] + "..." : line;
    }

    // Plain lines are written as they are: a log or a pipe wraps nothing.
    static void Line(IAnsiConsole console, TextWriter output, bool color, string markup)
    {
        if (color) console.MarkupLine(markup);
        else output.WriteLine(Markup.Remove(markup));
    }
}
