using System.CommandLine;
using Strata.Cli.Commands;
using Strata.Cli.Output;

namespace Strata.Cli;

/// <summary>
/// The command tree of design.md and the one place that turns failures into exit codes:
/// 0 done, 1 a migration or the database failed, 2 bad usage, configuration or input.
/// </summary>
public static class StrataCommandLine
{
    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken ct)
    {
        var output = new RedactingWriter(host.Out);
        var error = new RedactingWriter(host.Error);
        var globals = new GlobalOptions();
        var root = new RootCommand("Strata owns the schema of a PostgreSQL database: the better-auth tables and your app's migrations, compatible with node-pg-migrate.");
        globals.AddTo(root);
        var cli = new CommandRunner(globals, host, output, error);
        var commands = new List<Command>
        {
            MigrateCommands.Build(cli),
            DbCommands.Build(cli),
            AuthCommands.Build(cli),
            LintCommand.Build(cli),
        };
        commands.InsertRange(0, DeployCommands.Build(cli));
        foreach (var c in commands) root.Subcommands.Add(c);
        // Bare `strata` is someone finding their way: show them the commands rather than an error.
        root.SetAction(r => new System.CommandLine.Help.HelpAction().Invoke(r));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run 'strata --help' for usage.");
            return 2;
        }
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parse.InvokeAsync(config, ct);
        }
        finally
        {
            output.Flush();
            error.Flush();
            // Said once, on the other stream if it works; the exit code is left as the run made it.
            if (Lost("stdout", host.StdoutClosed, output) is { } lost) error.WriteLine(lost);
            if (Lost("stderr", host.StderrClosed, error) is { } lostErr) output.WriteLine(lostErr);
            error.Flush();
            output.Flush();
        }
    }

    static string? Lost(string stream, bool closed, RedactingWriter writer) =>
        closed ? $"warning: {stream} is closed, so what this run wrote there went nowhere; the exit code still says what happened to the database."
        : writer.Failure is { } failure ? $"warning: could not write to {stream} ({failure}); the exit code still says what happened to the database."
        : null;

    /// <summary>Runs a command body, mapping failures to exit codes and messages; stack traces only with --verbose.</summary>
    internal static async Task<int> Guard(CommandContext ctx, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Strata.App.CSharp.CompilerNeededException e) when (JitCompanion.Path is { } jit)
        {
            // Guarded as the command was: a companion that cannot start gets its message and exit code, not a crash.
            return await Guard(ctx, () => JitCompanion.RunAsync(jit, ctx, e));
        }
        catch (StrataException e)
        {
            return Fail(ctx, (int)e.Kind, e.Message, e);
        }
        catch (OperationCanceledException e)
        {
            return Fail(ctx, 1, "Cancelled: the running statement was stopped and its transaction rolled back.", e);
        }
        catch (Npgsql.PostgresException e)
        {
            return Fail(ctx, 1, Strata.Db.DbErrors.Server(e, null).Message, e);
        }
        catch (Exception e) when (FileSystemError.Describe(e) is { } words)
        {
            return Fail(ctx, 2, words, e);
        }
        catch (Exception e)
        {
            // A bug, not a user's mistake: every failure a user's input can cause has its own words above or below.
            return Fail(ctx, 1, $"unexpected {e.GetType().Name}: {e.Message.Split('\n')[0]} (this is a bug in Strata; --verbose shows where)", e);
        }
    }

    static int Fail(CommandContext ctx, int code, string message, Exception e)
    {
        if (ctx.Json) ctx.Out.WriteLine(JsonReport.Error(code, message, ctx.Database));
        ctx.Error.WriteLine($"error: {message}");
        if (ctx.Verbose) ctx.Error.WriteLine(e.ToString());
        return code;
    }
}
