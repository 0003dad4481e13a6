using System.Diagnostics;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Cli;

/// <summary>
/// The NativeAOT binary (artifacts/aot/strata, made by scripts/publish-aot.sh) and the hand-over to its JIT companion, here a
/// script standing in for it (STRATA_JIT) that notes what it was given. Skipped where no NativeAOT build was published.
/// </summary>
public sealed class JitCompanionTests : IDisposable
{
    static readonly string Aot = Path.Combine(NodePgMigrate.RepoRoot, "artifacts", "aot", "strata");
    readonly TestProject _p = new();

    const string Chat = """
        public sealed class CreateChat : Migration
        {
            public override void Up(MigrationBuilder pgm) => pgm.CreateTable("chat", new Columns { ["id"] = "id" });
        }
        """;

    public JitCompanionTests()
    {
        _p.Write(".migraterc.json", """{ "migrations-dir": "migrations", "auth": { "emailAndPassword": { "enabled": true } } }""");
        _p.Write("migrations/1700000000000_create-chat.cs", Chat);
        _p.Write("companion.sh", "#!/bin/sh\nprintf '%s' \"$STRATA_COMPILE_EARLY\" > \"$(dirname \"$0\")/handed-over\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(_p.Directory, "companion.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => _p.Dispose();

    string HandedOver => Path.Combine(_p.Directory, "handed-over");

    async Task<CliResult> RunAot(string url, params string[] args)
    {
        var psi = new ProcessStartInfo(Aot) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = _p.Directory };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DATABASE_URL"] = url;
        psi.Environment["STRATA_JIT"] = Path.Combine(_p.Directory, "companion.sh");
        return await StrataCli.RunProcessAsync(psi);
    }

    [NativeAotFact]
    public async Task Up_hands_a_pending_csharp_migration_over_from_its_first_read_naming_the_files_to_compile_early()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var r = await RunAot(url, "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal([Path.Combine(_p.Directory, ".strata", "cache", "csharp"), Path.Combine(_p.MigrationsDir, "1700000000000_create-chat.cs")],
            File.ReadAllText(HandedOver).Split('\n'));
        // Neither track did anything before the hand-over.
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where schemaname = 'public'", db));
    }

    [NativeAotFact]
    public async Task Up_with_every_csharp_migration_applied_stays_in_the_native_binary_without_their_built_sql()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        var first = await StrataCli.RunAsync(_p, url, "up");
        Assert.True(first.ExitCode == 0, first.ToString());
        Directory.Delete(Path.Combine(_p.Directory, ".strata", "cache"), recursive: true);
        var r = await RunAot(url, "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.False(File.Exists(HandedOver), "handed over a no-op");
    }

    [NativeAotFact]
    public async Task Killing_the_native_process_stops_its_companion_before_it_commits()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var run = await StartSleepingAsync(s, db, url, 30);
        run.Native.Kill(); // SIGKILL: nothing can be forwarded to the companion
        await run.ResultAsync();
        await Reliability.Rel.UntilAsync(async () => await SleepingAsync(s, db, 30) == 0, TimeSpan.FromSeconds(20), "the companion to cancel its statement");
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
    }

    [NativeAotFact]
    public async Task A_companion_killed_from_outside_is_reported_and_the_run_exits_1()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var run = await StartSleepingAsync(s, db, url, 3);
        Process.GetProcessById(Assert.Single(ChildrenOf(run.Native.Id))).Kill(); // SIGKILL, as the OOM killer would
        var r = await run.ResultAsync();
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("ended before it finished (exit code 137, the code of a process killed by signal 9 (KILL))", r.Error);
        Assert.Contains("`strata status` shows what is applied", r.Error);
        Reliability.Rel.NoStackTrace(r);
        // Its transaction did not commit: the server rolls it back once the sleep ends and the closed connection is seen.
        await Reliability.Rel.UntilAsync(async () => await SleepingAsync(s, db, 3) == 0, TimeSpan.FromSeconds(30), "the orphaned statement to end");
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
    }

    [NativeAotTheory]
    [InlineData("TERM", false)] // kill, systemd, docker stop, Kubernetes: to the native process alone
    [InlineData("INT", false)]
    [InlineData("INT", true)]   // Ctrl-C at a terminal: to both, and the native process forwards it too
    public async Task A_signal_to_the_native_process_cancels_its_companion_which_rolls_back(string signal, bool toBoth)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var run = await StartSleepingAsync(s, db, url, 30);
        var companion = Assert.Single(ChildrenOf(run.Native.Id));
        Kill(signal, run.Native.Id);
        if (toBoth) Kill(signal, companion);
        var r = await run.ResultAsync().WaitAsync(TimeSpan.FromSeconds(25)); // the statement would run 30 s
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("Cancelled", r.Error);
        Assert.Contains("rolled back", r.Error);
        Reliability.Rel.NoStackTrace(r);
        Assert.Equal(0L, await SleepingAsync(s, db, 30));
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
    }

    sealed record Running(Process Native, Task<string> Out, Task<string> Err) : IDisposable
    {
        public void Dispose() => Native.Dispose();

        public async Task<CliResult> ResultAsync()
        {
            await Native.WaitForExitAsync();
            return new CliResult(Native.ExitCode, await Out, await Err);
        }
    }

    /// <summary>
    /// `strata up` by the NativeAOT binary with a migration that sleeps <paramref name="seconds"/> s, its companion this
    /// build's own JIT build (run by dotnet), SIGINT with its default action whatever the test run inherited; returned once
    /// the sleep runs on the server.
    /// </summary>
    async Task<Running> StartSleepingAsync(PostgresServer s, string db, string url, int seconds)
    {
        _p.Write("migrations/1700000000001_slow.cs",
            $"public sealed class Slow : Migration\n{{\n    public override void Up(MigrationBuilder pgm) => pgm.Sql(\"select pg_sleep({seconds})\");\n}}\n");
        var psi = new ProcessStartInfo(Aot, ["up"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _p.Directory };
        psi.Environment["DATABASE_URL"] = url;
        psi.Environment["STRATA_JIT"] = Path.Combine(AppContext.BaseDirectory, "strata.dll");
        var native = Process.Start(Reliability.Rel.WithDefaultSigint(psi))!;
        var run = new Running(native, native.StandardOutput.ReadToEndAsync(), native.StandardError.ReadToEndAsync());
        await Reliability.Rel.UntilAsync(async () => await SleepingAsync(s, db, seconds) > 0 || native.HasExited, TimeSpan.FromSeconds(60), "the slow migration to start in the companion");
        if (native.HasExited) Assert.Fail("the run ended before the test could act on it: " + await run.ResultAsync());
        return run;
    }

    static Task<long> SleepingAsync(PostgresServer s, string db, int seconds) =>
        s.ScalarAsync<long>($"select count(*) from pg_stat_activity where datname = current_database() and query like 'select pg_sleep({seconds})%'", db);

    static void Kill(string signal, int pid)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>The processes whose parent is <paramref name="pid"/> (Linux: the parent is the second field after the parenthesised name in /proc/PID/stat).</summary>
    static List<int> ChildrenOf(int pid) =>
        [.. Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)!).Where(d => d.All(char.IsAsciiDigit))
            .Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .Where(p =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{p}/stat");
                    return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) == pid;
                }
                catch (IOException) { return false; }
            })];
}

/// <summary>A fact that runs only where scripts/publish-aot.sh published the NativeAOT binary.</summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!File.Exists(Path.Combine(NodePgMigrate.RepoRoot, "artifacts", "aot", "strata")))
            Skip = "no NativeAOT build: run scripts/publish-aot.sh";
    }
}

/// <summary>A theory that runs only where scripts/publish-aot.sh published the NativeAOT binary.</summary>
public sealed class NativeAotTheoryAttribute : TheoryAttribute
{
    public NativeAotTheoryAttribute()
    {
        if (!File.Exists(Path.Combine(NodePgMigrate.RepoRoot, "artifacts", "aot", "strata")))
            Skip = "no NativeAOT build: run scripts/publish-aot.sh";
    }
}
