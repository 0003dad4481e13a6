using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// Which migrations a command picks: a positional NAME is exactly that migration (node-pg-migrate's meaning),
/// a range needs `--to NAME`, and "every migration" (`down 0`, `redo 0`) needs `--all`.
/// </summary>
public class TargetTests
{
    static async Task<(PostgresServer S, string Db, string Url, TestProject P)> FourAsync(string? config = null)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var p = new TestProject();
        if (config is not null) p.Write(".migraterc.json", config);
        for (int i = 1; i <= 4; i++) p.AddSql($"170000000000{i}_t-{i}", $"create table t{i} (id int);", $"drop table t{i};");
        return (s, db, url, p);
    }

    static Task<List<string>> History(PostgresServer s, string db) => s.ColumnAsync("select name from pgmigrations order by run_on, id", db);

    static async Task Ok(TestProject p, string url, params string[] args)
    {
        var r = await StrataCli.RunAsync(p, url, args);
        Assert.True(r.ExitCode == 0, string.Join(' ', args) + "\n" + r);
    }

    static async Task<CliResult> Refused(TestProject p, string url, params string[] args)
    {
        var r = await StrataCli.RunAsync(p, url, args);
        Assert.True(r.ExitCode == 2, string.Join(' ', args) + "\n" + r);
        Assert.DoesNotContain("   at ", r.All);
        return r;
    }

    [Fact]
    public async Task Down_NAME_reverts_only_that_migration_and_refuses_one_in_the_middle_under_check_order()
    {
        var (s, db, url, p) = await FourAsync();
        using var _ = p;
        await Ok(p, url, "migrate", "up");
        await s.ExecuteAsync("insert into t3 values (3); insert into t4 values (4)", db);

        var middle = await Refused(p, url, "migrate", "down", "1700000000002_t-2");
        Assert.Contains("1700000000003_t-3", middle.Error);
        Assert.Contains("--to 1700000000002_t-2", middle.Error);
        Assert.Equal(4, (await History(s, db)).Count);
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from t3", db));

        await Ok(p, url, "migrate", "down", "1700000000004_t-4");
        Assert.Equal(["1700000000001_t-1", "1700000000002_t-2", "1700000000003_t-3"], await History(s, db));

        await Ok(p, url, "migrate", "down", "--to", "1700000000002_t-2");
        Assert.Equal(["1700000000001_t-1"], await History(s, db));
    }

    [Fact]
    public async Task Up_NAME_applies_only_that_migration_and_refuses_to_skip_earlier_ones_under_check_order()
    {
        var (s, db, url, p) = await FourAsync();
        using var _ = p;
        var skip = await Refused(p, url, "migrate", "up", "1700000000003_t-3");
        Assert.Contains("1700000000001_t-1", skip.Error);
        Assert.Contains("--to 1700000000003_t-3", skip.Error);
        Assert.Empty(await s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename like 't_'", db));

        await Ok(p, url, "migrate", "up", "1700000000001_t-1");
        Assert.Equal(["1700000000001_t-1"], await History(s, db));
        await Ok(p, url, "migrate", "up", "--to", "1700000000003_t-3");
        Assert.Equal(3, (await History(s, db)).Count);

        var again = await Refused(p, url, "migrate", "up", "1700000000003_t-3");
        Assert.Contains("1700000000003_t-3 is already applied", again.Error);
        var unknown = await Refused(p, url, "migrate", "up", "1700000000009_nope");
        Assert.Contains("1700000000009_nope", unknown.Error);
    }

    [Fact]
    public async Task Without_check_order_NAME_picks_one_migration_out_of_order_as_node_pg_migrate_does()
    {
        var (s, db, url, p) = await FourAsync("""{ "check-order": false }""");
        using var _ = p;
        await Ok(p, url, "migrate", "up", "1700000000003_t-3");
        Assert.Equal(["1700000000003_t-3"], await History(s, db));
        await Ok(p, url, "migrate", "up");
        await Ok(p, url, "migrate", "down", "1700000000002_t-2");
        Assert.Equal(["1700000000003_t-3", "1700000000001_t-1", "1700000000004_t-4"], await History(s, db));
    }

    [Fact]
    public async Task Every_migration_at_once_needs_all()
    {
        var (s, db, url, p) = await FourAsync();
        using var _ = p;
        await Ok(p, url, "migrate", "up");
        await s.ExecuteAsync("insert into t1 values (1)", db);
        foreach (var args in new[] { new[] { "migrate", "redo", "0" }, ["migrate", "down", "0"] })
        {
            var r = await Refused(p, url, args);
            Assert.Contains("--all", r.Error);
            Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from t1", db));
        }
        await Ok(p, url, "migrate", "redo", "--all");
        Assert.Equal(4, (await History(s, db)).Count);
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from t1", db));
        await Ok(p, url, "migrate", "down", "0", "--all");
        Assert.Empty(await History(s, db));
        await Refused(p, url, "migrate", "down", "2", "--to", "1700000000002_t-2");
    }
}
