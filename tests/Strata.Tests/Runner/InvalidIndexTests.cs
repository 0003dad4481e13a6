using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// A concurrent index build that did not finish leaves an invalid index, which CREATE INDEX CONCURRENTLY IF NOT
/// EXISTS then skips: such a migration is never recorded as applied, and status reports the index as drift.
/// </summary>
public class InvalidIndexTests
{
    static Task<List<string>> Applied(PostgresServer s, string db) => Reliability.Rel.AppliedAsync(s, db);

    /// <summary>What a killed or failed concurrent build leaves: t_x, invalid.</summary>
    static async Task LeaveInvalidIndexAsync(PostgresServer s, string db)
    {
        await s.ExecuteAsync("create table t (x int); insert into t values (1), (1)", db);
        try { await s.ExecuteAsync("create unique index concurrently t_x on t (x)", db); }
        catch (Npgsql.PostgresException) { /* duplicate key: the index stays, invalid */ }
        Assert.Equal("False", (await s.ColumnAsync("select indisvalid::text from pg_index where indexrelid = 't_x'::regclass", db)).Single(), ignoreCase: true);
    }

    [Fact]
    public async Task A_no_transaction_migration_that_leaves_an_invalid_index_is_not_recorded_and_status_reports_it_as_drift()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        await LeaveInvalidIndexAsync(s, db);
        p.AddSql("1700000000000_idx", "-- strata:no-transaction\ncreate index concurrently if not exists t_x on t (x);", "drop index concurrently t_x;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("1700000000000_idx", r.Error);
        Assert.Contains("invalid index \"public\".\"t_x\"", r.Error);
        Assert.Contains("DROP INDEX CONCURRENTLY \"public\".\"t_x\";", r.Error);
        Assert.DoesNotContain("Nothing was applied", r.Error);
        Assert.Empty(await Applied(s, db));

        var status = await StrataCli.RunAsync(p, url, "status");
        Assert.True(status.ExitCode == 4, status.ToString());
        Assert.Contains("invalid index  \"public\".\"t_x\" on \"public\".\"t\"", status.Out);
        Assert.Contains("DROP INDEX CONCURRENTLY \"public\".\"t_x\";", status.Out);
        var json = await StrataCli.RunAsync(p, url, "status", "--json");
        Assert.Equal(4, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var index = doc.RootElement.GetProperty("app").GetProperty("invalidIndexes").EnumerateArray().Single();
        Assert.Equal("t_x", index.GetProperty("name").GetString());
        Assert.Equal("DROP INDEX CONCURRENTLY \"public\".\"t_x\";", index.GetProperty("fix").GetString());

        await s.ExecuteAsync("drop index concurrently t_x", db);
        await s.ExecuteAsync("delete from t", db);
        var again = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(["1700000000000_idx"], await Applied(s, db));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "status")).ExitCode);
    }

    [Fact]
    public async Task A_concurrent_build_that_fails_reports_the_invalid_index_it_left_and_how_to_drop_it()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        await s.ExecuteAsync("create table t (x int); insert into t values (1), (1)", db);
        p.AddSql("1700000000000_idx", "-- strata:no-transaction\ncreate unique index concurrently t_x on t (x);", "drop index concurrently t_x;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--json");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.DoesNotContain("Nothing was applied", r.Error);
        Assert.Contains("Invalid index left: \"public\".\"t_x\" on \"public\".\"t\"; drop it with `DROP INDEX CONCURRENTLY \"public\".\"t_x\";`", r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.False(doc.RootElement.GetProperty("databaseUnchanged").GetBoolean());
        Assert.Equal("partial", doc.RootElement.GetProperty("migrations")[0].GetProperty("state").GetString());
        Assert.Equal("t_x", doc.RootElement.GetProperty("invalidIndexes")[0].GetProperty("name").GetString());
        Assert.Empty(await Applied(s, db));
    }
}
