using System.Diagnostics;
using Strata.Cli;

namespace Strata.Tests.Fixtures;

/// <summary>What a CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the CLI in-process (fast, parallel-safe) or as a real process (signals, concurrency, the embedded cluster).</summary>
public static class StrataCli
{
    public static async Task<CliResult> RunAsync(TestProject project, string? databaseUrl, params string[] args) =>
        await RunAsync(project.Directory, new Dictionary<string, string?> { ["DATABASE_URL"] = databaseUrl }, args);

    public static async Task<CliResult> RunAsync(string cwd, IReadOnlyDictionary<string, string?> env, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var all = args.Concat(["--cwd", cwd]).ToArray();
        int code = await StrataCommandLine.RunAsync(all, new CliHost(o, e, n => env.TryGetValue(n, out var v) ? v : null) { EnvironmentNames = env.Keys }, CancellationToken.None);
        return new CliResult(code, o.ToString(), e.ToString());
    }

    /// <summary>The built CLI (strata.dll beside the tests), run with `dotnet`.</summary>
    public static ProcessStartInfo ProcessStart(string cwd, IReadOnlyDictionary<string, string?> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = cwd };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "strata.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("DATABASE_URL");
        foreach (var (k, v) in env)
            if (v is null) psi.Environment.Remove(k); else psi.Environment[k] = v;
        return psi;
    }

    public static Task<CliResult> RunProcessAsync(string cwd, IReadOnlyDictionary<string, string?> env, params string[] args) =>
        RunProcessAsync(ProcessStart(cwd, env, args));

    /// <summary>A process made from <see cref="ProcessStart"/>, perhaps changed (run as another user).</summary>
    public static async Task<CliResult> RunProcessAsync(ProcessStartInfo start)
    {
        using var p = Process.Start(start)!;
        p.StandardInput.Close();
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return new CliResult(p.ExitCode, await o, await e);
    }
}
