using System.CommandLine;
using System.Text.Json;
using Strata.Auth;
using Strata.Cli.Output;
using Strata.Runner;

namespace Strata.Cli.Commands;

/// <summary>
/// <c>strata auth generate|migrate</c>: the better-auth tables. Both ask before acting only on an interactive
/// terminal; <c>--yes</c>, a redirected stdin or <c>CI</c> set skip the question (better-auth's CLI instead does
/// nothing without a terminal, which makes it unusable in a deploy script).
/// </summary>
internal static class AuthCommands
{
    public static Command Build(CommandRunner cli)
    {
        var auth = new Command("auth", "The better-auth tables: write the SQL better-auth's CLI would write, or apply it");

        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation" };
        var outputDir = new Option<string?>("--output", "-o") { Description = $"The folder to write the file into (default: {AuthScript.Folder})" };
        var generate = new Command("generate", $"Write the SQL that brings the database up to the auth schema to {AuthScript.Folder}/<time>.sql");
        generate.Options.Add(outputDir);
        generate.Options.Add(yes);
        generate.SetAction((r, ct) => cli.Run(r, ctx => Generate(ctx, cli.Host, r.GetValue(outputDir), r.GetValue(yes), ct)));

        var dryRun = new Option<bool>("--dry-run") { Description = "Print the SQL that would run; change nothing" };
        var migrate = new Command("migrate", "Create the missing auth tables and columns, in one transaction");
        migrate.Options.Add(yes);
        migrate.Options.Add(dryRun);
        migrate.SetAction((r, ct) => cli.Run(r, ctx => Migrate(ctx, cli.Host, r.GetValue(yes), r.GetValue(dryRun), ct)));

        var config = new Command("config", "Print the auth options as Strata read them (from .migraterc.json or auth.ts), as the JSON of the \"auth\" section");
        config.SetAction((r, ct) => cli.Run(r, ctx => Task.FromResult(PrintConfig(ctx))));

        auth.Subcommands.Add(generate);
        auth.Subcommands.Add(config);
        auth.Subcommands.Add(migrate);
        return auth;
    }

    static AuthOptions Options(Project project) => project.Config.Auth ?? throw StrataException.Input(
        $"{Path.GetFileName(project.Config.SourcePath ?? Config.ConfigFile.DefaultName)} has no \"auth\" section, so Strata does not know which better-auth tables you use. " +
        "Add one with your better-auth options, e.g. \"auth\": { \"emailAndPassword\": { \"enabled\": true }, \"plugins\": [\"username\"] }.");

    static int PrintConfig(CommandContext ctx)
    {
        ctx.Out.WriteLine(Options(ctx.Project()).Json);
        return 0;
    }

    static async Task<int> Generate(CommandContext ctx, CliHost host, string? outputDir, bool yes, CancellationToken ct)
    {
        var project = ctx.Project();
        var options = Options(project);
        var reporter = ctx.Reporter();
        var runner = new AuthRunner(project.Config, options, reporter.On);
        var (source, conn, _) = await project.ConnectAsync(reporter.On, ct);
        AuthGenerateResult result;
        await using (source)
        await using (conn)
            result = await runner.GenerateAsync(conn, DateTimeOffset.UtcNow, ct);

        WarnDrift(ctx, result.Drift);
        string? written = null;
        if (!result.UpToDate)
        {
            var dir = Path.GetFullPath(Path.Combine(project.Directory, outputDir ?? AuthScript.Folder));
            var path = Path.Combine(dir, result.FileName);
            var shown = Path.GetRelativePath(project.Directory, path);
            if (!Confirm(ctx, host, yes, $"Write {Reporter.Count(result.Script.Statements.Count, "statement")} to {shown}?"))
            {
                Human(ctx).WriteLine("Nothing was written.");
                return 0;
            }
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(path, result.Script.Text, ct);
            written = shown;
            if (result.Script.Changes.UnsafeChanges.Count > 0)
                ctx.Error.WriteLine($"warning: {shown} starts with a DO NOT RUN banner: {string.Join(" ", result.Script.Changes.UnsafeChanges)}");
        }

        if (ctx.Json)
            ctx.Out.WriteLine(JsonReport.Write(w =>
            {
                w.WriteString("command", "auth generate");
                w.WriteBoolean("ok", true);
                w.WriteBoolean("upToDate", result.UpToDate);
                w.WriteString("file", written);
                WriteChanges(w, result.Script.Statements, result.Script.Changes.UnsafeChanges, result.Drift);
            }, ctx.Database));
        else if (written is null) ctx.Out.WriteLine("Your schema is already up to date.");
        else ctx.Out.WriteLine($"Wrote {Reporter.Count(result.Script.Statements.Count, "statement")} to {written}.");
        return 0;
    }

    static async Task<int> Migrate(CommandContext ctx, CliHost host, bool yes, bool dryRun, CancellationToken ct)
    {
        var project = ctx.Project();
        var options = Options(project);
        var reporter = ctx.Reporter();
        reporter.DryRun = dryRun;
        var runner = new AuthRunner(project.Config, options, reporter.On);
        var (source, conn, _) = await project.ConnectAsync(reporter.On, ct);
        AuthMigrateResult result;
        await using (source)
        await using (conn)
        {
            if (!dryRun && !yes && Interactive(host))
            {
                var plan = await runner.PlanAsync(conn, ct);
                if (!plan.IsEmpty && plan.Changes.UnsafeChanges.Count == 0)
                {
                    foreach (var s in plan.Statements) ctx.Error.WriteLine(s + ";");
                    if (!Confirm(ctx, host, yes, $"Apply {Reporter.Count(plan.Statements.Count, "statement")} to the database?"))
                    {
                        Human(ctx).WriteLine("Nothing was applied.");
                        return 0;
                    }
                }
            }
            result = await runner.MigrateAsync(conn, dryRun, ct);
        }

        Report(ctx, result, dryRun);
        if (ctx.Json)
            ctx.Out.WriteLine(JsonReport.Write(w =>
            {
                w.WriteString("command", "auth migrate");
                WriteMigrate(w, result);
            }, ctx.Database));
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The human lines for an auth migrate result (also used by <c>strata up</c>).</summary>
    internal static void Report(CommandContext ctx, AuthMigrateResult result, bool dryRun)
    {
        WarnDrift(ctx, result.Drift);
        if (result.Refused)
        {
            ctx.Error.WriteLine("error: better-auth's migration cannot run on this database as it is; nothing was applied:");
            foreach (var u in result.UnsafeChanges) ctx.Error.WriteLine("  " + u);
        }
        else if (result.Failure is { } f)
        {
            ctx.Error.WriteLine(f.Describe());
            ctx.Error.WriteLine("Nothing was applied: the auth changes run in one transaction, which was rolled back.");
        }
        else if (result.UpToDate) Human(ctx).WriteLine("No migrations needed.");
        else if (dryRun) Human(ctx).WriteLine($"-- dry run: {Reporter.Count(result.Statements.Count, "statement")} would run; nothing was changed.");
        else Human(ctx).WriteLine($"Applied {Reporter.Count(result.Statements.Count, "statement")} to the auth schema in {Reporter.Seconds(result.Elapsed)}.");
    }

    /// <summary>The JSON fields of an auth migrate result (also used by <c>strata up</c>).</summary>
    internal static void WriteMigrate(Utf8JsonWriter w, AuthMigrateResult result)
    {
        w.WriteBoolean("ok", result.Succeeded);
        w.WriteBoolean("dryRun", result.DryRun);
        w.WriteBoolean("upToDate", result.UpToDate);
        w.WriteBoolean("applied", result.Applied);
        w.WriteBoolean("refused", result.Refused);
        WriteChanges(w, result.Statements, result.UnsafeChanges, result.Drift);
        JsonReport.WriteFailure(w, result.Failure);
        w.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 3));
    }

    static void WriteChanges(Utf8JsonWriter w, IReadOnlyList<string> statements, IReadOnlyList<string> unsafeChanges, IReadOnlyList<ColumnDrift> drift)
    {
        JsonReport.WriteStrings(w, "statements", statements);
        JsonReport.WriteStrings(w, "unsafe", unsafeChanges);
        JsonReport.WriteObjects(w, "drift", drift, (w, d) =>
        {
            w.WriteString("table", d.Table);
            w.WriteString("column", d.Column);
            w.WriteString("expectedType", d.ExpectedType);
            w.WriteString("actualType", d.ActualType);
            w.WriteBoolean("expectedNotNull", d.ExpectedNotNull);
            w.WriteBoolean("actualNotNull", d.ActualNotNull);
        });
    }

    static void WarnDrift(CommandContext ctx, IReadOnlyList<ColumnDrift> drift)
    {
        foreach (var d in drift) ctx.Error.WriteLine("warning: " + d.Describe());
    }

    static TextWriter Human(CommandContext ctx) => ctx.Json ? ctx.Error : ctx.Out;

    /// <summary>
    /// A person at a terminal: the host's streams are the console's, stdin is not redirected and CI is not set.
    /// In-process hosts (tests, the library) never are.
    /// </summary>
    static bool Interactive(CliHost host) =>
        ReferenceEquals(host.Out, Console.Out) && !Console.IsInputRedirected && host.Environment("CI") is null or "" or "0" or "false";

    static bool Confirm(CommandContext ctx, CliHost host, bool yes, string question)
    {
        if (yes || !Interactive(host)) return true;
        ctx.Error.Write(question + " [y/N] ");
        ctx.Error.Flush();
        return Console.In.ReadLine()?.Trim().ToLowerInvariant() is "y" or "yes";
    }
}
