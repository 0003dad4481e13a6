using System.Diagnostics;
using Npgsql;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>A migration that needs a table another session has locked gives up after lock-timeout, naming the table and the holder.</summary>
public class LockTimeoutTests
{
    [Theory]
    [InlineData("alter table busy add column x int;", "busy")]
    [InlineData("create table other (id int);\ninsert into \"Busy Two\" values (1);", "Busy Two")]
    [InlineData("create index on app.orders (id);", "app.orders")]
    public async Task A_migration_waiting_on_a_locked_table_fails_after_lock_timeout_naming_the_table(string sql, string table)
    {
        var (s, db, url) = await Rel.FreshAsync();
        await s.ExecuteAsync("create table busy (id int); create table \"Busy Two\" (id int); create schema app; create table app.orders (id int)", db);
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "lock-timeout": "400ms" }""");
        p.AddSql("1700000000000_ok", "create table fine (id int);", "drop table fine;");
        p.AddSql("1700000000001_blocked", sql, "select 1;");
        await using var holder = new NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=long-report");
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand("lock table busy, \"Busy Two\", app.orders in access exclusive mode", holder, tx)) await cmd.ExecuteNonQueryAsync();
        var before = await Rel.SnapshotAsync(s, db);

        var clock = Stopwatch.StartNew();
        var r = await StrataCli.RunAsync(p.Directory, Rel.Env(url), "migrate", "up");
        clock.Stop();

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(400) && clock.Elapsed < TimeSpan.FromSeconds(15), clock.Elapsed.ToString());
        Assert.Contains("lock timeout", r.Error);
        Assert.Contains("55P03", r.Error);
        Assert.Contains("1700000000001_blocked", r.Error);
        Assert.Contains($"waiting for a lock on {table}", r.Error.Replace("\"", ""));
        Assert.Contains($"pid {holder.ProcessID}", r.Error);
        Assert.Contains("long-report", r.Error);
        Rel.NoSecrets(r);
        Rel.NoStackTrace(r);
        Assert.Equal(before, await Rel.SnapshotAsync(s, db));
    }
}
