using System.CommandLine;
using System.Globalization;
using Strata.App;
using Strata.Cli.Output;
using Strata.Runner;

namespace Strata.Cli.Commands;

/// <summary><c>strata migrate [up|down|redo|create]</c>: the app track.</summary>
internal static class MigrateCommands
{
    public static Command Build(CommandRunner runner)
    {
        var flags = new NodePgMigrateFlags();
        var cli = new FlaggedRunner(runner, flags);
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the SQL that would run; change nothing" };
        var fake = new Option<bool>("--fake") { Description = "Record the migrations as run without running them" };
        var timestamp = new Option<bool>("--timestamp") { Description = "Read N as a timestamp: up to it (up), or back to it (down)" };
        var to = new Option<string?>("--to") { Description = "A range: up to and including NAME (up), or NAME and everything applied after it (down)", HelpName = "NAME" };
        var all = new Option<bool>("--all") { Description = "Roll back every migration (what `down 0` / `redo 0` mean); required for them" };
        var allowDrift = new Option<bool>("--allow-drift") { Description = "Roll back migrations whose file changed since they ran, with the Down of the file as it is now" };

        var migrate = new Command("migrate", "Apply pending app migrations: `strata migrate [N|NAME]` is `strata migrate up [N|NAME]`");
        var up = new Command("up", "Apply pending migrations: all, the next N, exactly NAME, or --to NAME (up to and including it)");
        var down = new Command("down", "Roll back the last migration, the last N, exactly NAME, --to NAME (it and everything after it), or --all");
        var redo = new Command("redo", "Roll back the last N migrations (default 1; --all for every one) and apply them again");
        var create = new Command("create", "Write a new migration file");

        foreach (var (cmd, direction) in new[] { (migrate, Direction.Up), (up, Direction.Up), (down, Direction.Down) })
        {
            // Hidden on `migrate` itself, or every subcommand's usage line would read `strata migrate [<N|NAME>] up [<N|NAME>]`.
            var target = new Argument<string?>("N|NAME") { Arity = ArgumentArity.ZeroOrOne, Description = "A number of migrations, or exactly one migration by name", Hidden = cmd == migrate };
            cmd.Arguments.Add(target);
            cmd.Options.Add(dryRun);
            cmd.Options.Add(fake);
            cmd.Options.Add(timestamp);
            cmd.Options.Add(to);
            if (direction == Direction.Down)
            {
                cmd.Options.Add(all);
                cmd.Options.Add(allowDrift);
            }
            var name = cmd == migrate ? "migrate up" : "migrate " + cmd.Name;
            cmd.SetAction((r, ct) => cli.Run(r, ctx => Execute(ctx, name, new RunRequest(direction,
                Pick(Target(direction, r.GetValue(target), r, timestamp), r.GetValue(to), direction == Direction.Down && r.GetValue(all)),
                DryRun: r.GetValue(dryRun), Fake: r.GetValue(fake), AllowDrift: direction == Direction.Down && r.GetValue(allowDrift)), ct)));
        }

        var redoCount = new Argument<int?>("N") { Arity = ArgumentArity.ZeroOrOne, Description = "How many migrations to redo (default 1)" };
        redo.Arguments.Add(redoCount);
        redo.Options.Add(dryRun);
        redo.Options.Add(all);
        redo.Options.Add(allowDrift);
        redo.SetAction((r, ct) => cli.Run(r, ctx => Execute(ctx, "migrate redo",
            Redo(r.GetValue(redoCount), r.GetValue(all)) with { DryRun = r.GetValue(dryRun), AllowDrift = r.GetValue(allowDrift) }, ct)));

        var createName = new Argument<string[]>("NAME") { Arity = ArgumentArity.OneOrMore, Description = "The migration's name (words are joined with '-')" };
        var language = new Option<string?>("--language", "--migration-file-language", "-j") { Description = "cs or sql (default: migration-file-language from the config, else cs)" };
        // node-pg-migrate's choices parse (its scripts pass -j ts); Strata then says it writes cs or sql.
        language.AcceptOnlyFromAmong("cs", "sql", "js", "ts", "cjs", "mjs", "cts", "mts");
        create.Arguments.Add(createName);
        create.Options.Add(language);
        create.SetAction((r, ct) => cli.Run(r, ctx => Task.FromResult(Create(ctx, string.Join('-', r.GetValue(createName) ?? []), r.GetValue(language)))));

        var convert = new Command("convert", "Turn node-pg-migrate migrations (TypeScript/JavaScript) into C# migrations; originals move to " + Strata.App.Conversion.MigrationConversion.OriginalsFolder + "/");
        var convertFiles = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "The files (default: every .ts/.js/.cjs/.mjs/.mts/.cts migration in migrations-dir)" };
        var convertDryRun = new Option<bool>("--dry-run") { Description = "Print the C#; write and move nothing" };
        convert.Arguments.Add(convertFiles);
        convert.Options.Add(convertDryRun);
        convert.SetAction((r, ct) => cli.Run(r, ctx => Task.FromResult(Convert(ctx, r.GetValue(convertFiles) ?? [], r.GetValue(convertDryRun)))));

        foreach (var c in new[] { up, down, redo, create, convert }) migrate.Subcommands.Add(c);
        flags.AddTo(migrate);
        return migrate;
    }

    /// <summary>Runs a migrate command with node-pg-migrate's flags applied to the project, and their notes printed.</summary>
    sealed class FlaggedRunner(CommandRunner runner, NodePgMigrateFlags flags)
    {
        public Task<int> Run(ParseResult r, Func<CommandContext, Task<int>> body) => runner.Run(r, ctx =>
        {
            ctx.ConfigureProject = options =>
            {
                var notes = new List<string>();
                var configured = flags.Apply(r, options, notes);
                foreach (var n in notes) ctx.Error.WriteLine($"note: {n}");
                return configured;
            };
            return body(ctx);
        });
    }

    /// <summary>The positional target: a count, exactly one migration by name, or (with --timestamp) a prefix.</summary>
    static RunTarget? Target(Direction direction, string? target, ParseResult r, Option<bool> timestamp)
    {
        if (target is null) return null;
        if (target.StartsWith('-'))
            throw StrataException.Input($"Unknown option \"{target}\" (see `strata migrate {(direction == Direction.Up ? "up" : "down")} --help`).");
        if (r.GetValue(timestamp))
            return RunTarget.Timestamp(MigrationDiscovery.PrefixOf(target + "_") is { } ts && target.All(char.IsAsciiDigit) ? ts
                : throw StrataException.Input($"--timestamp needs a number (a migration prefix), not \"{target}\"."));
        return int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? RunTarget.Count(n) : RunTarget.Name(target);
    }

    /// <summary>One target of: the positional one, --to NAME, --all (which `0` may accompany: it means the same).</summary>
    static RunTarget? Pick(RunTarget? positional, string? to, bool all)
    {
        if (all && positional is not null && positional != RunTarget.Count(0) || all && to is not null || to is not null && positional is not null)
            throw StrataException.Input("Give one target: a count N, a migration NAME, --to NAME, --timestamp N or --all.");
        return all ? RunTarget.All : to is not null ? RunTarget.To(to) : positional;
    }

    static RunRequest Redo(int? count, bool all) => new(Direction.Down, all
        ? count is null or 0 ? RunTarget.All : throw StrataException.Input("Give one target: a count N or --all.")
        : RunTarget.Count(count ?? 1), Redo: true);

    static async Task<int> Execute(CommandContext ctx, string command, RunRequest request, CancellationToken ct)
    {
        var reporter = ctx.Reporter();
        reporter.DryRun = request.DryRun;
        var migrator = ctx.Migrator(reporter);
        if (request is { Direction: Direction.Up, Redo: false, DryRun: false, Fake: false } && await LintCommand.BeforeRunAsync(ctx, migrator, ct) is { } refused)
            return refused;
        var result = await migrator.MigrateAsync(request, ct);
        reporter.Summary(result);
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Run(command, result, ctx.Database));
        return result.Succeeded ? 0 : 1;
    }

    static int Create(CommandContext ctx, string rawName, string? language)
    {
        var project = ctx.Project();
        var lang = language ?? project.Config.MigrationFileLanguage;
        if (lang is not ("cs" or "sql"))
            throw StrataException.Input($"Strata writes C# (cs) or SQL (sql) migrations, not \"{lang}\" (--migration-file-language/-j or \"migration-file-language\"; `strata migrate convert` turns node-pg-migrate's TypeScript and JavaScript into C#).");
        var name = MigrationCreator.NormalizeName(rawName);
        var dir = Path.GetFullPath(Path.Combine(project.Directory, project.Config.MigrationsDir));
        var existing = Directory.Exists(dir) ? MigrationDiscovery.Discover(dir, project.Config.IgnorePattern) : [];
        var prefix = MigrationCreator.Prefix(project.Config.MigrationFilenameFormat, DateTimeOffset.UtcNow, existing);
        var template = project.Config.TemplateFileName is { } t ? ReadTemplate(project.Directory, t)
            : lang == "cs" ? MigrationCreator.CSharpTemplate(name) : SqlMigration.Template;
        var path = MigrationCreator.Create(dir, prefix, name, lang, template);
        var shown = Path.GetRelativePath(project.Directory, path);
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Write(w => w.WriteString("created", shown)));
        else ctx.Out.WriteLine($"Created migration -- {shown}");
        return 0;
    }

    static int Convert(CommandContext ctx, string[] files, bool dryRun)
    {
        var project = ctx.Project();
        var dir = Path.GetFullPath(Path.Combine(project.Directory, project.Config.MigrationsDir));
        var results = Strata.App.Conversion.MigrationConversion.Run(project.Directory, dir, files, dryRun);
        if (results.Count == 0) ctx.Out.WriteLine($"No node-pg-migrate migrations in {Path.GetRelativePath(project.Directory, dir)}.");
        foreach (var r in results)
        {
            if (r.Error is not null) ctx.Error.WriteLine($"error: {r.Error}");
            else if (dryRun) ctx.Out.WriteLine($"// {r.Target} (from {r.Source})\n{r.CSharp}");
            else ctx.Out.WriteLine($"Converted {r.Source} -> {r.Target} (original moved to {r.MovedTo})");
        }
        var failed = results.Count(r => r.Error is not null);
        if (results.Count > 0) ctx.Out.WriteLine($"{results.Count - failed} converted, {failed} refused.");
        return failed > 0 ? 2 : 0;
    }

    static string ReadTemplate(string projectDir, string file)
    {
        var path = Path.GetFullPath(Path.Combine(projectDir, file));
        if (!File.Exists(path)) throw StrataException.Input($"The template file {path} (\"template-file-name\") does not exist.");
        return File.ReadAllText(path);
    }
}
