using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// A concurrent index build stopped midway (SIGTERM, SIGKILL) leaves an invalid index: the run says so, with the
/// statement that removes it, and never records the migration while the index is invalid.
/// The build sleeps in the index expression for the database setting strata.test_sleep (seconds).
/// </summary>
public class InterruptedIndexBuildTests
{
    const string Build = "create index concurrently if not exists t_slow on t (slow_key(x))";

    static async Task<(PostgresServer, string, string, TestProject)> ProjectAsync(int sleep)
    {
        var (s, db, url) = await Rel.FreshAsync();
        await s.ExecuteAsync("""
            create table t (x int); insert into t values (1);
            create function slow_key(x int) returns int language plpgsql immutable as $$
            begin perform pg_sleep(coalesce(nullif(current_setting('strata.test_sleep', true), ''), '0')::float8); return x; end $$;
            """, db);
        await SleepAsync(s, db, sleep);
        await s.ExecuteAsync($"alter database {db} set client_connection_check_interval = '100ms'", db);
        var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.AddSql("1700000000001_idx", "-- strata:no-transaction\n" + Build + ";", "drop index concurrently t_slow;");
        return (s, db, url, p);
    }

    static Task SleepAsync(PostgresServer s, string db, int seconds) => s.ExecuteAsync($"alter database {db} set strata.test_sleep = '{seconds}'", db);

    static async Task<string?> IndexValidAsync(PostgresServer s, string db) =>
        (await s.ColumnAsync("select indisvalid::text from pg_index where indexrelid = to_regclass('t_slow')", db)).SingleOrDefault();

    [Fact]
    public async Task Sigterm_during_a_concurrent_index_build_reports_the_invalid_index_it_left_instead_of_nothing_applied()
    {
        var (s, db, url, p) = await ProjectAsync(60);
        using var _ = p;
        using var proc = new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up");
        await Rel.UntilAsync(async () => await Rel.BackendRunningAsync(s, db, "create index concurrently") is not null || proc.HasExited, TimeSpan.FromSeconds(60), "the index build to start");
        if (proc.HasExited) Assert.Fail("the run ended before it could be interrupted: " + await proc.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(300); // inside the build's table scan, past its catalog entry
        proc.Signal("TERM");
        var r = await proc.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("Cancelled", r.Error);
        Assert.DoesNotContain("Nothing was applied", r.Error);
        Assert.Contains("Committed (these stay applied): 1700000000000_a", r.Error);
        Assert.Contains("Invalid index left: \"public\".\"t_slow\" on \"public\".\"t\"; drop it with `DROP INDEX CONCURRENTLY \"public\".\"t_slow\";`", r.Error);
        Rel.NoStackTrace(r);
        Assert.Equal("false", await IndexValidAsync(s, db), ignoreCase: true);
        Assert.Equal(["1700000000000_a"], await Rel.AppliedAsync(s, db));
    }

    [Fact]
    public async Task After_sigkill_during_create_index_concurrently_if_not_exists_the_rerun_does_not_record_it_while_the_index_is_invalid()
    {
        var (s, db, url, p) = await ProjectAsync(60);
        using var _ = p;
        using (var proc = new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up"))
        {
            await Rel.UntilAsync(async () => await Rel.BackendRunningAsync(s, db, "create index concurrently") is not null || proc.HasExited, TimeSpan.FromSeconds(60), "the index build to start");
            await Task.Delay(300);
            proc.Signal("KILL");
            await proc.WaitAsync(TimeSpan.FromSeconds(10));
        }
        await Rel.UntilAsync(async () => await Rel.BackendRunningAsync(s, db, "create index concurrently") is null, TimeSpan.FromSeconds(30), "the killed run's backend to end");
        Assert.Equal("false", await IndexValidAsync(s, db), ignoreCase: true);
        await SleepAsync(s, db, 0);

        var rerun = await StrataCli.RunProcessAsync(p.Directory, Rel.Env(url), "migrate", "up");
        Assert.True(rerun.ExitCode == 1, rerun.ToString());
        Assert.Contains("DROP INDEX CONCURRENTLY \"public\".\"t_slow\";", rerun.Error);
        Assert.Equal(["1700000000000_a"], await Rel.AppliedAsync(s, db));
        var status = await StrataCli.RunAsync(p.Directory, Rel.Env(url), "status");
        Assert.True(status.ExitCode == 4, status.ToString());

        await s.ExecuteAsync("drop index concurrently t_slow", db);
        var fixedRun = await StrataCli.RunAsync(p.Directory, Rel.Env(url), "migrate", "up");
        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.Equal("true", await IndexValidAsync(s, db), ignoreCase: true);
        Assert.Equal(0, (await StrataCli.RunAsync(p.Directory, Rel.Env(url), "status")).ExitCode);
    }
}
