using Npgsql;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>Several `strata migrate up` processes deploying the same project at once.</summary>
public class ConcurrentDeployTests
{
    public const int Runners = 8;
    const long LockKey = 7241865325823964;

    internal static void ThreeMigrations(TestProject p)
    {
        p.AddSql("1700000000000_users", "create table users (id int primary key);\nselect pg_sleep(0.2);", "drop table users;");
        p.AddSql("1700000000001_orders", "create table orders (id int primary key, user_id int references users);", "drop table orders;");
        p.AddSql("1700000000002_index", "create index orders_user on orders (user_id);", "drop index orders_user;");
    }

    static async Task<int> WaitingForAdvisoryLock(PostgresServer s, string db) =>
        (await s.ColumnAsync($"select count(*) from pg_locks l join pg_stat_activity a using (pid) where l.locktype = 'advisory' and not l.granted and a.datname = '{db}'", db))
            .Select(int.Parse).Single();

    [Fact]
    public async Task Eight_processes_at_once_apply_every_migration_exactly_once_and_the_waiters_say_so()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        ThreeMigrations(p);
        // The test holds the lock until every runner is queued behind it, so all eight really run at once.
        await using var gate = new NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=test-gate");
        await gate.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"select pg_advisory_lock({LockKey})", gate)) await cmd.ExecuteNonQueryAsync();

        var procs = Enumerable.Range(0, Runners).Select(_ => new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up")).ToList();
        try
        {
            await Rel.UntilAsync(async () => await WaitingForAdvisoryLock(s, db) == Runners, TimeSpan.FromSeconds(60), "all runners to queue for the lock");
            await using (var cmd = new NpgsqlCommand($"select pg_advisory_unlock({LockKey})", gate)) await cmd.ExecuteNonQueryAsync();
            var results = await Task.WhenAll(procs.Select(x => x.WaitAsync(TimeSpan.FromSeconds(60))));

            foreach (var r in results)
            {
                Assert.True(r.ExitCode == 0, r.ToString());
                Assert.Contains("Waiting for the migration lock, held by pid", r.Error);
                Assert.Contains("Got the migration lock after", r.Error);
                Rel.NoSecrets(r);
                Rel.NoStackTrace(r);
            }
            Assert.Equal(1, results.Count(r => r.Out.Contains("Applied 3 migrations")));
            Assert.Equal(Runners - 1, results.Count(r => r.Out.Contains("No migrations to run")));
            Assert.Equal(["1700000000000_users", "1700000000001_orders", "1700000000002_index"], await Rel.AppliedAsync(s, db));
            Assert.Equal("3", (await s.ColumnAsync("select count(distinct name) from pgmigrations", db)).Single());
            Assert.Equal(["orders_user"], await s.ColumnAsync("select indexname::text from pg_indexes where tablename = 'orders' and indexname = 'orders_user'", db));
        }
        finally
        {
            foreach (var x in procs) x.Dispose();
        }
    }

    [Fact]
    public async Task A_runner_that_cannot_get_the_lock_in_time_exits_1_naming_the_holder()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        ThreeMigrations(p);
        p.Write(".migraterc.json", """{ "lock-wait-timeout": "500ms" }""");
        // The same key held in another database is another lock (advisory locks are per database): not the one to name.
        var otherDb = await s.CreateDatabaseAsync();
        await using var elsewhere = new NpgsqlConnection(s.AdminConnectionString(otherDb) + ";Application Name=other-db-deploy");
        await elsewhere.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"select pg_advisory_lock({LockKey})", elsewhere)) await cmd.ExecuteNonQueryAsync();
        await using var holder = new NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=stuck-deploy");
        await holder.OpenAsync();
        await using (var cmd = new NpgsqlCommand($"select pg_advisory_lock({LockKey})", holder)) await cmd.ExecuteNonQueryAsync();
        var before = await Rel.SnapshotAsync(s, db);

        using var proc = new Rel.StrataProcess(p.Directory, Rel.Env(url), "migrate", "up");
        var r = await proc.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("Gave up waiting for the migration lock", r.Error);
        Assert.Contains("lock-wait-timeout", r.Error);
        Assert.True(r.Error.Contains($"pid {holder.ProcessID}"), r.ToString());
        Assert.Contains("stuck-deploy", r.Error);
        Assert.DoesNotContain("other-db-deploy", r.Error);
        Rel.NoSecrets(r);
        Rel.NoStackTrace(r);
        Assert.Equal(before, await Rel.SnapshotAsync(s, db));
    }
}
