using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// The positional forms of `up`, `down` and `redo` mean what they mean to the real node-pg-migrate 9.0.0:
/// each command runs on twin projects (the same SQL files, one database per tool), and the history and the
/// tables must agree after every step. Where node-pg-migrate would write a history its own check-order
/// then refuses, Strata refuses up front instead (docs/node-pg-migrate-compat.md).
/// </summary>
public class NodePgMigrateTargetCompatTests
{
    sealed record Twin(PostgresServer S, string NodeDb, string NodeUrl, string StrataDb, string StrataUrl, TestProject Node, TestProject Strata) : IDisposable
    {
        public void Dispose()
        {
            Node.Dispose();
            Strata.Dispose();
        }
    }

    static async Task<Twin> TwinAsync(bool checkOrder)
    {
        var (s, nodeDb, nodeUrl) = await PostgresServer.FreshAsync();
        var strataDb = await s.CreateDatabaseAsync();
        var node = new TestProject();
        var strata = new TestProject();
        foreach (var p in new[] { node, strata })
            for (int i = 1; i <= 4; i++) p.AddSql($"170000000000{i}_t-{i}", $"create table t{i} (id int);", $"drop table t{i};");
        if (!checkOrder) strata.Write(".migraterc.json", """{ "check-order": false }""");
        return new Twin(s, nodeDb, nodeUrl, strataDb, s.Url(strataDb), node, strata);
    }

    static async Task<string> StateAsync(PostgresServer s, string db)
    {
        var history = await s.ColumnAsync("select name from pgmigrations order by run_on, id", db);
        var tables = await s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);
        return $"history: {string.Join(", ", history)}\ntables: {string.Join(", ", tables)}";
    }

    /// <summary>Runs one command with both tools (node-pg-migrate's argument list as given, Strata's after `migrate`) and compares.</summary>
    static async Task BothAsync(Twin t, string[] args, string[]? nodeExtra = null, string[]? strataArgs = null)
    {
        var node = await NodePgMigrate.RunAsync(t.Node.Directory, t.NodeUrl, [.. args, .. nodeExtra ?? [], "-m", "migrations"]);
        Assert.True(node.ExitCode == 0, $"node-pg-migrate {string.Join(' ', args)}: {node}");
        var strata = await StrataCli.RunAsync(t.Strata, t.StrataUrl, ["migrate", .. strataArgs ?? args]);
        Assert.True(strata.ExitCode == 0, $"strata migrate {string.Join(' ', strataArgs ?? args)}: {strata}");
        Assert.Equal(await StateAsync(t.S, t.NodeDb), await StateAsync(t.S, t.StrataDb));
    }

    [NodePgMigrateFact]
    public async Task Up_down_redo_and_timestamp_forms_pick_the_same_migrations_as_node_pg_migrate()
    {
        using var t = await TwinAsync(checkOrder: true);
        await BothAsync(t, ["up", "2"]);
        await BothAsync(t, ["up", "1700000000003_t-3"]);
        await BothAsync(t, ["up"]);
        await BothAsync(t, ["down", "2"]);
        await BothAsync(t, ["up", "1700000000003", "--timestamp"]);
        await BothAsync(t, ["down", "1700000000003_t-3"]);
        await BothAsync(t, ["up"]);
        await BothAsync(t, ["down", "1700000000002", "--timestamp"]);
        await BothAsync(t, ["up"]);
        await BothAsync(t, ["redo", "2"]);
        await BothAsync(t, ["redo"]);
        await BothAsync(t, ["redo", "0"], strataArgs: ["redo", "0", "--all"]);
        await BothAsync(t, ["down", "0"], strataArgs: ["down", "0", "--all"]);
        Assert.Contains("history: \n", await StateAsync(t.S, t.StrataDb) + "\n");
    }

    [NodePgMigrateFact]
    public async Task Without_check_order_a_NAME_is_exactly_that_migration_even_out_of_order()
    {
        using var t = await TwinAsync(checkOrder: false);
        string[] noCheck = ["--no-check-order"];
        await BothAsync(t, ["up", "1700000000003_t-3"], noCheck);
        await BothAsync(t, ["up", "1"], noCheck);
        await BothAsync(t, ["up"], noCheck);
        await BothAsync(t, ["down", "1700000000002_t-2"], noCheck);
        Assert.Contains("history: 1700000000003_t-3, 1700000000001_t-1, 1700000000004_t-4\n", await StateAsync(t.S, t.StrataDb));
    }

    [NodePgMigrateFact]
    public async Task Under_check_order_node_pg_migrate_skips_ahead_and_then_refuses_every_run_while_Strata_refuses_first()
    {
        using var t = await TwinAsync(checkOrder: true);
        Assert.Equal(0, (await NodePgMigrate.RunAsync(t.Node.Directory, t.NodeUrl, "up", "1700000000003_t-3", "-m", "migrations")).ExitCode);
        var after = await NodePgMigrate.RunAsync(t.Node.Directory, t.NodeUrl, "up", "-m", "migrations");
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("Not run migration 1700000000001_t-1 is preceding already run migration 1700000000003_t-3", after.All);

        var strata = await StrataCli.RunAsync(t.Strata, t.StrataUrl, "migrate", "up", "1700000000003_t-3");
        Assert.True(strata.ExitCode == 2, strata.ToString());
        Assert.Contains("--to 1700000000003_t-3", strata.Error);
        Assert.Equal(0L, await t.S.ScalarAsync<long>("select count(*) from pg_tables where schemaname = 'public' and tablename like 't_'", t.StrataDb));
    }

    /// <summary>A deploy role that may write node-pg-migrate's pgmigrations but does not own it: both tools run with it.</summary>
    [NodePgMigrateFact]
    public async Task A_role_that_writes_but_does_not_own_pgmigrations_runs_both_tools()
    {
        var (s, db, _) = await PostgresServer.FreshAsync();
        var role = "deployer_" + Guid.NewGuid().ToString("N")[..8];
        await s.ExecuteAsync($"create role {role} login", db);
        await s.ExecuteAsync($"""
            create table pgmigrations (id serial primary key, name varchar(255) not null, run_on timestamp not null);
            grant select, insert, delete on pgmigrations to {role};
            grant usage on sequence pgmigrations_id_seq to {role};
            grant create, usage on schema public to {role};
            """, db);
        var url = $"postgresql://{role}@127.0.0.1:{s.Port}/{db}?sslmode=disable";
        using var p = new TestProject();
        p.AddSql("1700000000001_t-1", "create table t1 (id int);", "drop table t1;");
        var node = await NodePgMigrate.RunAsync(p.Directory, url, "up", "-m", "migrations");
        Assert.True(node.ExitCode == 0, node.ToString());

        p.AddSql("1700000000002_t-2", "create table t2 (id int);", "drop table t2;");
        var strata = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(strata.ExitCode == 0, strata.ToString());
        Assert.Single(strata.Error.Split('\n'), l => l.StartsWith("warning:", StringComparison.Ordinal) && l.Contains("checksum", StringComparison.Ordinal));
        Assert.Equal(["1700000000001_t-1", "1700000000002_t-2"], await s.ColumnAsync("select name from pgmigrations order by run_on, id", db));

        var back = await NodePgMigrate.RunAsync(p.Directory, url, "down", "-m", "migrations");
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Equal(["1700000000001_t-1"], await s.ColumnAsync("select name from pgmigrations order by run_on, id", db));
    }
}
