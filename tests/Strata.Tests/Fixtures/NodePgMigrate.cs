using System.Diagnostics;

namespace Strata.Tests.Fixtures;

/// <summary>
/// The real node-pg-migrate 9.0.0 CLI, installed by `npm ci` in tests/compat (pinned by its
/// package-lock.json; CI installs it). Its tests are skipped, with the reason, only when that install
/// is absent.
/// </summary>
public static class NodePgMigrate
{
    /// <summary>The folder holding Strata.sln, found by walking up from the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string CompatDir => Path.Combine(RepoRoot, "tests", "compat");
    public static string NodeModules => Path.Combine(CompatDir, "node_modules");
    public static string Bin => Path.Combine(NodeModules, "node-pg-migrate", "bin", "node-pg-migrate.js");

    public static bool IsInstalled => File.Exists(Bin) && Directory.Exists(Path.Combine(NodeModules, "pg"));

    public static string SkipReason =>
        $"node-pg-migrate is not installed in {CompatDir}: run `cd tests/compat && npm ci` (CI does) to run the compatibility tests.";

    /// <summary>
    /// Starts `node-pg-migrate ARGS` in <paramref name="cwd"/> with DATABASE_URL set (and no other
    /// connection variables; none at all when <paramref name="databaseUrl"/> is null, for a .env file to give it);
    /// the caller waits with <see cref="Running.WaitAsync"/>.
    /// </summary>
    public static Running Start(string cwd, string? databaseUrl, params string[] args)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = cwd };
        psi.ArgumentList.Add(Bin);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var k in new[] { "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE", "DATABASE_URL" }) psi.Environment.Remove(k);
        if (databaseUrl is not null) psi.Environment["DATABASE_URL"] = databaseUrl;
        psi.Environment["NO_COLOR"] = "1";
        var p = Process.Start(psi)!;
        p.StandardInput.Close();
        return new Running(p, p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
    }

    /// <summary>Runs `node-pg-migrate ARGS` to the end (at most a minute).</summary>
    public static Task<CliResult> RunAsync(string cwd, string? databaseUrl, params string[] args) => Start(cwd, databaseUrl, args).WaitAsync();

    public sealed class Running(Process process, Task<string> stdout, Task<string> stderr)
    {
        public async Task<CliResult> WaitAsync(int timeoutSeconds = 60)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            try { await process.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node-pg-migrate did not finish in {timeoutSeconds} s:\n{await stdout}{await stderr}");
            }
            var result = new CliResult(process.ExitCode, await stdout, await stderr);
            process.Dispose();
            return result;
        }
    }

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Strata.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Strata.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A test that runs the real node-pg-migrate: skipped, saying how to install it, when tests/compat/node_modules is absent.</summary>
public sealed class NodePgMigrateFactAttribute : FactAttribute
{
    public NodePgMigrateFactAttribute()
    {
        if (!NodePgMigrate.IsInstalled) Skip = NodePgMigrate.SkipReason;
    }
}
