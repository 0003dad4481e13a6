using System.CommandLine;
using Strata.Cli.Output;
using Strata.Runner;

namespace Strata.Cli.Commands;

/// <summary><c>strata up</c> (the whole deploy) and <c>strata status</c> (both tracks at a glance).</summary>
internal static class DeployCommands
{
    public static IEnumerable<Command> Build(CommandRunner cli)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the SQL that would run; change nothing" };
        var up = new Command("up", "The whole deploy: the auth tables (better-auth), then the app migrations, under one lock");
        up.Options.Add(dryRun);
        up.SetAction((r, ct) => cli.Run(r, ctx => Up(ctx, r.GetValue(dryRun), ct)));

        var status = new Command("status", $"Applied, pending and drifted migrations of both tracks; exit 0 up to date, {StatusReport.PendingExitCode} pending, {StatusReport.DriftExitCode} drift");
        status.SetAction((r, ct) => cli.Run(r, ctx => Status(ctx, ct)));
        return [up, status];
    }

    static async Task<int> Up(CommandContext ctx, bool dryRun, CancellationToken ct)
    {
        var reporter = ctx.Reporter();
        reporter.DryRun = dryRun;
        var migrator = ctx.Migrator(reporter);
        if (!dryRun && await LintCommand.BeforeRunAsync(ctx, migrator, ct) is { } refused) return refused;
        var result = await migrator.UpAsync(dryRun, ct);
        if (result.Auth is { UpToDate: true, Succeeded: true, Drift.Count: 0 }) (ctx.Json ? ctx.Error : ctx.Out).WriteLine("Auth schema (better-auth): up to date.");
        else if (result.Auth is { } auth) AuthCommands.Report(ctx, auth, dryRun);
        // What the auth track committed stays even when an app migration then fails: the app summary must not say "nothing was applied" of it.
        var authCommitted = result.Auth is { Applied: true, DryRun: false } applied
            ? $"The auth schema changes ({Reporter.Count(applied.Statements.Count, "statement")}) were committed before the app migrations ran, and stay."
            : null;
        if (result.App is { } app) reporter.Summary(app, authCommitted);
        else if (result.Auth is not null) ctx.Error.WriteLine("No app migration ran: the auth schema goes first.");
        if (ctx.Json)
            ctx.Out.WriteLine(JsonReport.Write(w =>
            {
                w.WriteString("command", "up");
                w.WriteBoolean("ok", result.Succeeded);
                w.WriteBoolean("dryRun", dryRun);
                if (result.Auth is { } a)
                {
                    w.WriteStartObject("auth");
                    AuthCommands.WriteMigrate(w, a);
                    w.WriteEndObject();
                }
                else w.WriteNull("auth");
                if (result.App is { } p)
                {
                    w.WriteStartObject("app");
                    JsonReport.WriteRun(w, p);
                    w.WriteEndObject();
                }
                else w.WriteNull("app");
                w.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 3));
            }, ctx.Database));
        return result.Succeeded ? 0 : 1;
    }

    static async Task<int> Status(CommandContext ctx, CancellationToken ct)
    {
        var migrator = ctx.Migrator(ctx.Reporter());
        var report = await migrator.StatusAsync(ct);
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Status(report, ctx.Database));
        else StatusView.Write(ctx.Out, report, migrator.Project.Config.MigrationsDir, ctx.Color);
        return report.ExitCode;
    }
}
