using Npgsql;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// `strata migrate up` through PgBouncer in transaction pooling. A session advisory lock would stay with
/// whichever server connection took it, so these runs use "advisory-lock-scope": "transaction"
/// (pg_advisory_xact_lock in the run's one transaction).
/// </summary>
public class PgBouncerTests
{
    const int Runners = 6;

    [PgBouncerFact]
    public async Task Migrate_up_works_through_pgbouncer_in_transaction_pooling()
    {
        var (s, db, _) = await Rel.FreshAsync();
        await using var bouncer = await PgBouncer.StartAsync(s);
        using var p = new TestProject();
        ConcurrentDeployTests.ThreeMigrations(p);
        p.Write(".migraterc.json", """{ "advisory-lock-scope": "transaction", "schema": ["public"] }""");
        var r = await StrataCli.RunAsync(p.Directory, Rel.Env(bouncer.Url(db)), "migrate", "up", "--verbose");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Applied 3 migrations", r.Out);
        Rel.NoSecrets(r);
        Assert.Equal(3, (await Rel.AppliedAsync(s, db)).Count);
        var again = await StrataCli.RunAsync(p.Directory, Rel.Env(bouncer.Url(db)), "migrate", "up", "--json");
        Assert.True(again.ExitCode == 0, again.ToString());
        Rel.NoSecrets(again);
        var down = await StrataCli.RunAsync(p.Directory, Rel.Env(bouncer.Url(db)), "migrate", "down", "0", "--all");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Empty(await Rel.AppliedAsync(s, db));
        // No session state leaked into the pooled server connections: search_path was set LOCAL.
        Assert.Equal("0", (await s.ColumnAsync($"select count(*) from pg_stat_activity where datname = '{db}' and state like 'idle in transaction%'", db)).Single());
    }

    [PgBouncerFact]
    public Task Concurrent_runners_through_pgbouncer_apply_each_migration_exactly_once() =>
        ConcurrentlyThroughPgBouncerAsync("""{ "advisory-lock-scope": "transaction" }""", "migrate", "up");

    [PgBouncerFact]
    public Task Concurrent_deploys_of_both_tracks_through_pgbouncer_apply_everything_exactly_once() =>
        ConcurrentlyThroughPgBouncerAsync("""{ "advisory-lock-scope": "transaction", "auth": { "emailAndPassword": { "enabled": true } } }""", "up");

    /// <summary>Runners queue on the lock a test session holds, then race when it lets go; each migration must run once.</summary>
    static async Task ConcurrentlyThroughPgBouncerAsync(string config, params string[] command)
    {
        var (s, db, _) = await Rel.FreshAsync();
        await using var bouncer = await PgBouncer.StartAsync(s);
        using var p = new TestProject();
        ConcurrentDeployTests.ThreeMigrations(p);
        p.Write(".migraterc.json", config);
        await using var gate = new NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=test-gate");
        await gate.OpenAsync();
        await using (var cmd = new NpgsqlCommand("select pg_advisory_lock(7241865325823964)", gate)) await cmd.ExecuteNonQueryAsync();

        var procs = Enumerable.Range(0, Runners).Select(_ => new Rel.StrataProcess(p.Directory, Rel.Env(bouncer.Url(db)), command)).ToList();
        try
        {
            await Rel.UntilAsync(async () => (await s.ColumnAsync(
                $"select count(*) from pg_locks l join pg_stat_activity a using (pid) where l.locktype = 'advisory' and not l.granted and a.datname = '{db}'", db)).Single() == Runners.ToString(),
                TimeSpan.FromSeconds(60), "all runners to queue for the lock");
            await using (var cmd = new NpgsqlCommand("select pg_advisory_unlock(7241865325823964)", gate)) await cmd.ExecuteNonQueryAsync();
            var results = await Task.WhenAll(procs.Select(x => x.WaitAsync(TimeSpan.FromSeconds(60))));
            foreach (var r in results)
            {
                Assert.True(r.ExitCode == 0, r.ToString());
                Assert.Contains("Waiting for the migration lock, held by pid", r.Error);
                Rel.NoSecrets(r);
                Rel.NoStackTrace(r);
            }
            Assert.Equal(1, results.Count(r => r.Out.Contains("Applied 3 migrations")));
            Assert.Equal(["1700000000000_users", "1700000000001_orders", "1700000000002_index"], await Rel.AppliedAsync(s, db));
            if (config.Contains("auth")) Assert.Equal(1, results.Count(r => r.Out.Contains("to the auth schema")));
        }
        finally
        {
            foreach (var x in procs) x.Dispose();
        }
    }

    [PgBouncerFact]
    public async Task Transaction_scope_refuses_a_migration_that_must_run_outside_a_transaction()
    {
        var (s, db, _) = await Rel.FreshAsync();
        await using var bouncer = await PgBouncer.StartAsync(s);
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "advisory-lock-scope": "transaction" }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.Write("migrations/1700000000001_idx.sql", "-- strata:no-transaction\n-- Up Migration\ncreate index concurrently a_id on a (id);\n");
        var r = await StrataCli.RunAsync(p.Directory, Rel.Env(bouncer.Url(db)), "migrate", "up");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000001_idx.sql", r.Error);
        Assert.Contains("advisory-lock-scope", r.Error);
        Rel.NoSecrets(r);
        Rel.NoStackTrace(r);
        Assert.Equal("tables: \nrows: ", await Rel.SnapshotAsync(s, db));
    }
}
