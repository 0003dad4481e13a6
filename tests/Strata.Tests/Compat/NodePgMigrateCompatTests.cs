using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// Strata and the real node-pg-migrate 9.0.0 (tests/compat, installed by `npm ci`) on one database:
/// hand-over in both directions, the shared advisory lock, and the schema of C#/TypeScript twin
/// migrations compared with pg_dump. docs/node-pg-migrate-compat.md says what this proves.
/// </summary>
public class NodePgMigrateCompatTests
{
    /// <summary>node-pg-migrate cannot load a .cs file ("Unknown file extension"), so on a folder that has
    /// them it must be told to skip them; and, since Strata's C# migrations are then missing from its file list,
    /// its position-by-position order check must be off.</summary>
    static readonly string[] SkipCSharp = ["--ignore-pattern", @"\..*|.*\.cs", "--no-check-order"];


    static Task<List<string>> History(PostgresServer s, string db) => s.ColumnAsync("select name from pgmigrations order by run_on, id", db);

    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);

    static Task<CliResult> Npm(TestProject p, string url, params string[] args) =>
        NodePgMigrate.RunAsync(p.Directory, url, [.. args, "-m", "migrations"]);

    static void Ok(CliResult r, string what) => Assert.True(r.ExitCode == 0, $"{what}: {r}");

    [NodePgMigrateFact]
    public async Task Strata_carries_on_where_node_pg_migrate_stopped()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-accounts.ts", """
            import type { MigrationBuilder } from 'node-pg-migrate';

            export async function up(pgm: MigrationBuilder): Promise<void> {
              pgm.createTable('accounts', { id: 'id', name: { type: 'text', notNull: true } });
            }

            export async function down(pgm: MigrationBuilder): Promise<void> {
              pgm.dropTable('accounts');
            }
            """);
        p.AddSql("1700000000001_seed-accounts", "insert into accounts (name) values ('first');", "delete from accounts;");
        p.Write("migrations/1700000000002_create-projects.js", """
            exports.up = (pgm) => {
              pgm.createTable('projects', { id: 'id', account_id: { type: 'integer', notNull: true, references: 'accounts' } });
            };
            """);
        Ok(await Npm(p, url, "up"), "node-pg-migrate up");
        string[] byNode = ["1700000000000_create-accounts", "1700000000001_seed-accounts", "1700000000002_create-projects"];
        Assert.Equal(byNode, await History(s, db));
        var nodeRows = await s.ColumnAsync("select id || ' ' || name || ' ' || run_on from pgmigrations order by id", db);

        // Strata's part: SQL and C#, after the applied .ts/.js files (which it leaves alone).
        p.AddSql("1700000000003_create-tags", "create table tags (id int primary key, label text not null);", "drop table tags;");
        p.Write("migrations/1700000000004_add-archived.cs", """
            public sealed class AddArchived : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.AddColumns("projects", new Columns { ["archived"] = new Column("boolean") { NotNull = true, Default = false } });
            }
            """);
        var strata = await StrataCli.RunAsync(p, url, "migrate");
        Ok(strata, "strata migrate");
        Assert.Contains("Applied 2 migrations", strata.Out);
        string[] all = [.. byNode, "1700000000003_create-tags", "1700000000004_add-archived"];
        Assert.Equal(all, await History(s, db));
        Assert.Equal(nodeRows, (await s.ColumnAsync("select id || ' ' || name || ' ' || run_on from pgmigrations order by id", db)).Take(3));
        Assert.Equal(["first"], await s.ColumnAsync("select name from accounts", db));
        Assert.Equal("false", (await s.ColumnAsync("select column_default from information_schema.columns where table_name = 'projects' and column_name = 'archived'", db)).Single());

        // A pending TypeScript migration: Strata refuses it by name and runs nothing.
        p.Write("migrations/1700000000005_create-audit.ts", """
            export const up = (pgm) => { pgm.createTable('audit', { id: 'id', at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') } }); };
            export const down = (pgm) => { pgm.dropTable('audit'); };
            """);
        var refused = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("1700000000005_create-audit.ts", refused.Error);
        Assert.Equal(all, await History(s, db));

        // node-pg-migrate applies it (skipping the .cs files it cannot load); then both agree nothing is left.
        var audit = await Npm(p, url, ["up", .. SkipCSharp]);
        Ok(audit, "node-pg-migrate up (the .ts)");
        Assert.Contains("> - 1700000000005_create-audit", audit.Out);
        all = [.. all, "1700000000005_create-audit"];
        Assert.Equal(all, await History(s, db));
        Assert.Equal(["accounts", "audit", "projects", "tags"], await Tables(s, db));
        var strataAgain = await StrataCli.RunAsync(p, url, "migrate");
        Ok(strataAgain, "strata migrate (nothing left)");
        Assert.Contains("No migrations to run", strataAgain.Out);
        var nodeAgain = await Npm(p, url, ["up", .. SkipCSharp]);
        Ok(nodeAgain, "node-pg-migrate up (nothing left)");
        Assert.Contains("No migrations to run!", nodeAgain.Out);

        // Without being told to skip them, node-pg-migrate fails on the .cs files: a switching team must know.
        var unaware = await Npm(p, url, "up");
        Assert.Equal(1, unaware.ExitCode);
        Assert.Contains("Unknown file extension \".cs\"", unaware.All);
        Assert.Equal(all, await History(s, db));
    }

    [NodePgMigrateFact]
    public async Task Node_pg_migrate_sees_Strata_history_as_its_own_and_rolls_it_back()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_create-a", "create table a (id int primary key);", "drop table a;");
        p.AddSql("1700000000001_create-b", "create table b (id int references a);", "drop table b;");
        p.AddSql("1700000000002_create-c", "create table c (id int, note text default 'x');", "drop table c;");
        Ok(await StrataCli.RunAsync(p, url, "migrate"), "strata migrate");
        string[] all = ["1700000000000_create-a", "1700000000001_create-b", "1700000000002_create-c"];
        Assert.Equal(all, await History(s, db));

        var up = await Npm(p, url, "up");
        Ok(up, "node-pg-migrate up");
        Assert.Contains("No migrations to run!", up.Out);

        var down = await Npm(p, url, "down");
        Ok(down, "node-pg-migrate down");
        Assert.Contains("### MIGRATION 1700000000002_create-c (DOWN) ###", down.Out);
        Assert.Equal(all[..2], await History(s, db));
        Assert.Equal(["a", "b"], await Tables(s, db));

        // node-pg-migrate applies it again, leaving checksum NULL; Strata accepts that row as applied.
        Ok(await Npm(p, url, "up"), "node-pg-migrate up again");
        Assert.Equal(["sha", "sha", "NULL"], (await s.ColumnAsync("select checksum from pgmigrations order by id", db)).Select(c => c == "NULL" ? c : "sha"));
        var strata = await StrataCli.RunAsync(p, url, "migrate");
        Ok(strata, "strata migrate after node-pg-migrate");
        Assert.Contains("No migrations to run", strata.Out);

        // And Strata rolls back what node-pg-migrate applied.
        Ok(await StrataCli.RunAsync(p, url, "migrate", "down"), "strata migrate down");
        Assert.Equal(all[..2], await History(s, db));
        Assert.Equal(["a", "b"], await Tables(s, db));
    }

    /// <summary>
    /// Three migrations; the first is slow: it waits for <see cref="Gate"/>, which the test opens only once
    /// the other runner has been seen failing or queueing on the advisory lock (a fixed pg_sleep would race
    /// with process start-up on a busy machine). Strata's lock_timeout is raised so that waiting is not an error.
    /// </summary>
    static void SlowSet(TestProject p)
    {
        p.Write(".migraterc.json", """{ "lock-timeout": "2min" }""");
        p.AddSql("1700000000000_slow", "create table slow (id int);\nselect count(*) from test_gate.gate;", "drop table slow;");
        p.AddSql("1700000000001_second", "create table second (id int);", "drop table second;");
        p.AddSql("1700000000002_third", "create table third (id int);", "drop table third;");
    }

    /// <summary>A table the test holds ACCESS EXCLUSIVE until it opens the gate.</summary>
    sealed class Gate : IAsyncDisposable
    {
        readonly NpgsqlConnection _conn;
        NpgsqlTransaction? _tx;
        Gate(NpgsqlConnection conn, NpgsqlTransaction tx) => (_conn, _tx) = (conn, tx);

        public static async Task<Gate> CloseAsync(PostgresServer s, string db)
        {
            await s.ExecuteAsync("create schema test_gate; create table test_gate.gate (id int)", db);
            var conn = new NpgsqlConnection(s.AdminConnectionString(db));
            await conn.OpenAsync();
            var tx = await conn.BeginTransactionAsync();
            await using (var cmd = new NpgsqlCommand("lock table test_gate.gate in access exclusive mode", conn, tx)) await cmd.ExecuteNonQueryAsync();
            return new Gate(conn, tx);
        }

        public async Task OpenAsync()
        {
            if (_tx is null) return;
            await _tx.CommitAsync();
            _tx = null;
        }

        public async ValueTask DisposeAsync()
        {
            await OpenAsync();
            await _conn.DisposeAsync();
        }
    }

    /// <summary>Waits until <paramref name="count"/> sessions hold (granted) or queue for (not granted) the lock 7241865325823964.</summary>
    static async Task WaitForAdvisoryLockAsync(PostgresServer s, string db, bool granted, long count = 1)
    {
        var sw = Stopwatch.StartNew();
        while (await s.ScalarAsync<long>(
            "select count(*) from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database()) " +
            $"and ((classid::bigint << 32) | objid::bigint) = 7241865325823964 and objsubid = 1 and granted = {granted}", db) < count)
        {
            if (sw.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"no session {(granted ? "took" : "queued for")} the advisory lock 7241865325823964");
            await Task.Delay(25);
        }
    }

    static async Task AppliedExactlyOnceAsync(PostgresServer s, string db)
    {
        Assert.Equal(["1700000000000_slow", "1700000000001_second", "1700000000002_third"], await History(s, db));
        Assert.Equal(3L, await s.ScalarAsync<long>("select count(distinct name) from pgmigrations", db));
        Assert.Equal(["second", "slow", "third"], await Tables(s, db));
    }

    [NodePgMigrateFact]
    public async Task While_node_pg_migrate_runs_Strata_waits_for_the_lock_or_fails_in_fail_mode()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        SlowSet(p);
        var failConfig = p.Write("fail-mode.json", """{ "advisory-lock-mode": "fail" }""");
        await using var gate = await Gate.CloseAsync(s, db);
        var node = NodePgMigrate.Start(p.Directory, url, "up", "-m", "migrations");
        await WaitForAdvisoryLockAsync(s, db, granted: true);

        var f = await StrataCli.RunAsync(p, url, "migrate", "--config", failConfig);
        Assert.True(f.ExitCode == 1, f.ToString());
        Assert.Contains("Another migration is already running", f.Error);
        var strataWait = StrataCli.RunAsync(p, url, "migrate");
        await WaitForAdvisoryLockAsync(s, db, granted: false);
        await gate.OpenAsync();
        var (n, w) = (await node.WaitAsync(), await strataWait);

        Ok(n, "node-pg-migrate up");
        Assert.Contains("Migrations complete!", n.Out);
        Ok(w, "strata migrate (waiting)");
        Assert.Contains("Waiting for the migration lock", w.Error);
        Assert.Contains("No migrations to run", w.Out);
        await AppliedExactlyOnceAsync(s, db);
    }

    [NodePgMigrateFact]
    public async Task While_Strata_runs_node_pg_migrate_fails_by_default_and_waits_in_wait_mode()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        SlowSet(p);
        await using var gate = await Gate.CloseAsync(s, db);
        var strata = StrataCli.RunAsync(p, url, "migrate");
        await WaitForAdvisoryLockAsync(s, db, granted: true);

        var f = await NodePgMigrate.RunAsync(p.Directory, url, "up", "-m", "migrations");
        Assert.True(f.ExitCode == 1, f.ToString());
        Assert.Contains("Another migration is already running. Advisory lock mode is set to 'fail'.", f.All);
        var nodeWait = NodePgMigrate.Start(p.Directory, url, "up", "-m", "migrations", "--advisory-lock-mode", "wait");
        await WaitForAdvisoryLockAsync(s, db, granted: false);
        await gate.OpenAsync();
        var (st, w) = (await strata, await nodeWait.WaitAsync());

        Ok(st, "strata migrate");
        Assert.Contains("Applied 3 migrations", st.Out);
        Ok(w, "node-pg-migrate up --advisory-lock-mode wait");
        Assert.Contains("No migrations to run!", w.Out);
        await AppliedExactlyOnceAsync(s, db);
    }

    static string TwinsDir => Path.Combine(AppContext.BaseDirectory, "Compat", "Twins");

    static TestProject TwinProject(string extension)
    {
        var p = new TestProject();
        foreach (var f in Directory.GetFiles(TwinsDir, "*" + extension))
            File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        return p;
    }

    [NodePgMigrateFact]
    public async Task Csharp_twins_build_the_same_schema_as_node_pg_migrate_from_TypeScript()
    {
        var server = await PostgresServer.GetAsync();
        var (nodeDb, strataDb) = (await server.CreateDatabaseAsync(), await server.CreateDatabaseAsync());
        using var ts = TwinProject(".ts");
        using var cs = TwinProject(".cs");
        Assert.Equal(6, Directory.GetFiles(ts.MigrationsDir).Length);
        Assert.Equal(6, Directory.GetFiles(cs.MigrationsDir).Length);
        var (node, strata) = (Npm(ts, server.Url(nodeDb), "up"), StrataCli.RunAsync(cs, server.Url(strataDb), "migrate"));
        Ok(await node, "node-pg-migrate up (TypeScript twins)");
        Ok(await strata, "strata migrate (C# twins)");
        Assert.Equal(await History(server, nodeDb), await History(server, strataDb));

        var (nodeSchema, strataSchema) = (await PgDump.SchemaAsync(server, nodeDb), await PgDump.SchemaAsync(server, strataDb));
        Assert.Contains("CREATE VIEW public.published_posts", nodeSchema);
        Assert.DoesNotContain("pgmigrations", nodeSchema);
        Assert.Equal(nodeSchema, strataSchema);
    }
}
