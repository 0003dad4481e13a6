using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// A run that dies or is stopped mid-migration: SIGKILL, a backend terminated by the server, SIGINT/SIGTERM.
/// The slow migration sleeps for the database setting strata.test_sleep (seconds), so the same file runs
/// slowly while the test interrupts it and quickly on the run that completes.
/// </summary>
public class CrashTests
{
    public const int Kills = 3;

    const string SleepSql = "select pg_sleep(coalesce(nullif(current_setting('strata.test_sleep', true), ''), '0')::float8);";

    static void Project(TestProject p)
    {
        p.AddSql("1700000000000_first", "create table first (id int);", "drop table first;");
        p.AddSql("1700000000001_slow", "create table slow (id int);\ninsert into slow values (1);\n" + SleepSql, "drop table slow;");
        p.AddSql("1700000000002_last", "create table last (id int);", "drop table last;");
    }

    static async Task SetSleepAsync(PostgresServer s, string db, int seconds)
    {
        // Nothing sets client_connection_check_interval here: Strata sets it on its own sessions (Db/ClientCheck.cs), so a
        // killed run's backend stops sleeping at once instead of holding the migration lock to the end of its statement.
        await s.ExecuteAsync($"alter database {db} set strata.test_sleep = '{seconds}'", db);
    }

    static Task<int?> SleepingBackend(PostgresServer s, string db) => Rel.BackendRunningAsync(s, db, "pg_sleep(coalesce");

    [Fact]
    public async Task Sigkill_mid_migration_leaves_the_database_as_before_it_and_the_next_up_completes()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        Project(p);
        // One transaction per migration, so "as before that migration" is sharper than "as before the run".
        p.Write(".migraterc.json", """{ "single-transaction": false }""");
        await SetSleepAsync(s, db, 60);
        for (int i = 0; i < Kills; i++)
        {
            using var proc = new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up");
            await Rel.UntilAsync(async () => await SleepingBackend(s, db) is not null, TimeSpan.FromSeconds(40), "the slow migration to start");
            proc.Signal("KILL");
            var r = await proc.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.NotEqual(0, r.ExitCode);
            Rel.NoSecrets(r);
            await Rel.UntilAsync(async () => await SleepingBackend(s, db) is null, TimeSpan.FromSeconds(20), "the killed run's backend to end");
            Assert.Equal(["1700000000000_first"], await Rel.AppliedAsync(s, db));
            Assert.Equal("tables: public.first\nrows: 1:1700000000000_first", await Rel.SnapshotAsync(s, db));
        }
        await SetSleepAsync(s, db, 0);
        var done = await StrataCli.RunProcessAsync(p.Directory, Rel.Env(url), "migrate", "up");
        Assert.True(done.ExitCode == 0, done.ToString());
        Assert.DoesNotContain("Waiting for the migration lock", done.Error);
        Assert.Equal(["1700000000000_first", "1700000000001_slow", "1700000000002_last"], await Rel.AppliedAsync(s, db));
        Assert.Equal(["1"], await s.ColumnAsync("select id from slow", db));
        Rel.NoSecrets(done);
    }

    [Fact]
    public async Task A_backend_terminated_mid_run_gives_exit_1_a_clear_message_and_nothing_half_applied()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        Project(p);
        await SetSleepAsync(s, db, 60);
        var before = await Rel.SnapshotAsync(s, db);
        var run = StrataCli.RunAsync(p.Directory, Rel.Env(url), "migrate", "up");
        int? pid = null;
        await Rel.UntilAsync(async () => (pid = await SleepingBackend(s, db)) is not null || run.IsCompleted, TimeSpan.FromSeconds(30), "the slow migration to start");
        if (run.IsCompleted) Assert.Fail("the run ended before it could be interrupted: " + await run);
        await s.ExecuteAsync($"select pg_terminate_backend({pid})", db);
        var r = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("1700000000001_slow", r.Error);
        Assert.Contains("terminat", r.Error);
        Assert.Contains("Nothing was applied", r.Error);
        Rel.NoSecrets(r);
        Rel.NoStackTrace(r);
        var after = await Rel.SnapshotAsync(s, db);
        Assert.Equal(before.Split('\n')[0], after.Split('\n')[0]);
        Assert.Equal("tables: \nrows: ", after);

        await SetSleepAsync(s, db, 0);
        var again = await StrataCli.RunAsync(p.Directory, Rel.Env(url), "migrate", "up");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(3, (await Rel.AppliedAsync(s, db)).Count);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_cancels_the_running_statement_rolls_back_and_exits_non_zero(string signal)
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        Project(p);
        await SetSleepAsync(s, db, 60);
        var before = await Rel.SnapshotAsync(s, db);
        using var proc = new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up");
        await Rel.UntilAsync(async () => await SleepingBackend(s, db) is not null || proc.HasExited, TimeSpan.FromSeconds(40), "the slow migration to start");
        if (proc.HasExited) Assert.Fail("the run ended before it could be interrupted: " + await proc.WaitAsync(TimeSpan.FromSeconds(5)));
        proc.Signal(signal);
        // The bound only tells a hang from an exit: under a loaded CI machine the cancel request, the
        // rollback and the runtime's shutdown took over 20 s, so it is generous.
        var r = await proc.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("Cancelled", r.Error);
        Assert.Contains("rolled back", r.Error);
        Rel.NoSecrets(r);
        Rel.NoStackTrace(r);
        // The server-side statement really stopped: nothing of this database is still running it.
        Assert.Null(await SleepingBackend(s, db));
        Assert.Equal("0", (await s.ColumnAsync($"select count(*) from pg_stat_activity where datname = '{db}' and pid <> pg_backend_pid() and application_name = 'strata'", db)).Single());
        var after = await Rel.SnapshotAsync(s, db);
        Assert.Equal("tables: \nrows: ", after);
        Assert.Equal(before.Split('\n')[0], after.Split('\n')[0]);
    }
}
