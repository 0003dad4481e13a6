using System.CommandLine;
using System.Text.Json;
using Strata.Cli.Output;
using Strata.Lint;

namespace Strata.Cli.Commands;

/// <summary><c>strata lint</c>, and the same check before <c>up</c> and <c>migrate up</c> (<c>"lint"</c> in .migraterc.json).</summary>
internal static class LintCommand
{
    public static Command Build(CommandRunner cli)
    {
        var lint = new Command("lint", $"What each pending migration would lock and rewrite on this database, observed on a scratch copy and weighed by table sizes; exit 0 nothing risky, {LintReport.FlaggedExitCode} risky or dangerous");
        lint.SetAction((r, ct) => cli.Run(r, ctx => Run(ctx, ct)));
        return lint;
    }

    static async Task<int> Run(CommandContext ctx, CancellationToken ct)
    {
        var report = await ctx.Migrator(ctx.Reporter()).LintAsync(beforeUp: false, ct);
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Write(w => Write(w, report)));
        else LintView.Write(ctx.Out, report, ctx.Color);
        return report.ExitCode;
    }

    /// <summary>
    /// The check before a run: prints risky and dangerous statements (stderr), and with <c>"lint": "fail"</c> returns the exit
    /// code that stops the run. A lint that cannot run is a warning in warn mode and stops the run in fail mode.
    /// </summary>
    public static async Task<int?> BeforeRunAsync(CommandContext ctx, StrataMigrator migrator, CancellationToken ct)
    {
        var mode = migrator.Project.Config.Lint;
        if (mode == LintMode.Off) return null;
        LintReport report;
        try
        {
            report = await migrator.LintAsync(beforeUp: true, ct);
        }
        catch (StrataException e) when (mode == LintMode.Warn)
        {
            ctx.Error.WriteLine($"warning: lint could not run: {e.Message}");
            return null;
        }
        if (!report.Flagged) return null;
        LintView.Write(ctx.Error, report, color: false, flaggedOnly: true);
        if (mode == LintMode.Warn)
        {
            ctx.Error.WriteLine("Applying anyway (\"lint\": \"warn\"); set \"lint\": \"fail\" in .migraterc.json to stop here instead.");
            return null;
        }
        ctx.Error.WriteLine("Nothing was applied (\"lint\": \"fail\").");
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Write(w => Write(w, report)));
        return report.ExitCode;
    }

    /// <summary>The document of docs/json/lint.schema.json.</summary>
    public static void Write(Utf8JsonWriter w, LintReport r)
    {
        w.WriteString("command", "lint");
        w.WriteNumber("exitCode", r.ExitCode);
        w.WriteString("verdict", Name(r.Worst));
        w.WriteNumber("pendingMigrations", r.PendingMigrations);
        w.WriteString("targetVersion", LintReport.VersionText(r.TargetVersion));
        if (r.ScratchVersion is { } v) w.WriteString("scratchVersion", LintReport.VersionText(v)); else w.WriteNull("scratchVersion");
        w.WriteStartObject("counts");
        foreach (var verdict in Enum.GetValues<Verdict>()) w.WriteNumber(Name(verdict), r.Count(verdict));
        w.WriteEndObject();
        JsonReport.WriteObjects(w, "statements", r.Statements, (w, s) =>
        {
            w.WriteString("track", s.Track);
            w.WriteString("migration", s.Migration);
            w.WriteString("file", s.File);
            if (s.Line is { } l) w.WriteNumber("line", l); else w.WriteNull("line");
            if (s.Column is { } c) w.WriteNumber("column", c); else w.WriteNull("column");
            w.WriteString("sql", s.Sql);
            w.WriteString("verdict", Name(s.Verdict));
            w.WriteString("instead", s.Instead);
            w.WriteString("failure", s.Failure);
            w.WriteStartArray("effects");
            foreach (var e in s.Effects) WriteEffect(w, e);
            w.WriteEndArray();
        });
        JsonReport.WriteStrings(w, "notes", r.Notes);
        w.WriteNumber("elapsedMs", Math.Round(r.Elapsed.TotalMilliseconds, 3));
    }

    static void WriteEffect(Utf8JsonWriter w, WeighedEffect e)
    {
        var x = e.Effect;
        w.WriteStartObject();
        w.WriteString("relation", x.Relation);
        w.WriteString("lock", x.Held.SqlName());
        w.WriteString("lockTaken", x.Taken.SqlName());
        w.WriteString("blocks", x.Held.Blocks() switch { Blocking.ReadsAndWrites => "reads-and-writes", Blocking.Writes => "writes", Blocking.SchemaChanges => "schema-changes", _ => "nothing" });
        w.WriteBoolean("rewrite", x.Rewritten);
        w.WriteBoolean("scan", x.Scanned);
        JsonReport.WriteStrings(w, "indexesBuilt", x.IndexesBuilt);
        JsonReport.WriteStrings(w, "indexesRebuilt", x.IndexesRebuilt);
        w.WriteBoolean("addsRequiredColumn", x.AddsRequiredColumn);
        w.WriteString("source", x.Source == EffectSource.Observed ? "observed" : "rule");
        if (e.Target is { } t)
        {
            w.WriteStartObject("target");
            w.WriteNumber("rows", t.Rows);
            w.WriteNumber("bytes", t.Bytes);
            w.WriteEndObject();
        }
        else w.WriteNull("target");
        if (e.Hold is { } h)
        {
            w.WriteStartObject("lockHeld");
            w.WriteNumber("seconds", Math.Round(h.Estimate.TotalSeconds, 4));
            w.WriteNumber("sampleRows", h.SampleRows);
            w.WriteNumber("sampleSeconds", Math.Round(h.SampleElapsed.TotalSeconds, 4));
            w.WriteBoolean("extrapolated", h.Scaled);
            w.WriteEndObject();
        }
        else w.WriteNull("lockHeld");
        w.WriteString("verdict", Name(e.Verdict));
        w.WriteString("reason", e.Reason);
        w.WriteEndObject();
    }

    static string Name(Verdict v) => v.ToString().ToLowerInvariant();
}
