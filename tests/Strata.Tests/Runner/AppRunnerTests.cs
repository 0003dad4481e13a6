using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>The app track end to end through the CLI, on a real PostgreSQL database per test.</summary>
public class AppRunnerTests
{

    static void Sample(TestProject p)
    {
        p.AddSql("1700000000000_create-a", "create table a (id int primary key);", "drop table a;");
        p.AddSql("1700000000001_create-b", "create table b (id int references a);", "drop table b;");
        p.AddSql("1700000000002_create-c", "create table c (id int);", "drop table c;");
    }

    static Task<List<string>> Applied(PostgresServer s, string db) => s.ColumnAsync("select name from pgmigrations order by run_on, id", db);
    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);

    [Fact]
    public async Task Up_applies_pending_migrations_in_order()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["1700000000000_create-a", "1700000000001_create-b", "1700000000002_create-c"], await Applied(s, db));
        Assert.Equal(["a", "b", "c"], await Tables(s, db));
        // In the run's one transaction a migration has only run until the transaction commits; the summary says it did.
        Assert.Contains("ran up    1700000000000_create-a", r.Out);
        Assert.DoesNotContain("applied   1700000000000_create-a", r.Out);
        Assert.Contains("Applied 3 migrations", r.Out);
    }

    [Fact]
    public async Task Second_up_finds_nothing_to_do()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        await StrataCli.RunAsync(p, url, "migrate");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("No migrations to run", r.Out);
    }

    [Fact]
    public async Task Up_N_and_up_NAME_stop_where_asked()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up", "1")).ExitCode);
        Assert.Single(await Applied(s, db));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up", "1700000000001_create-b")).ExitCode);
        Assert.Equal(2, (await Applied(s, db)).Count);
    }

    [Fact]
    public async Task Down_rolls_back_the_last_then_N_then_to_NAME()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down")).ExitCode);
        Assert.Equal(["a", "b"], await Tables(s, db));
        await StrataCli.RunAsync(p, url, "migrate", "up");
        var r = await StrataCli.RunAsync(p, url, "migrate", "down", "--to", "1700000000001_create-b");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["a"], await Tables(s, db));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down", "0", "--all")).ExitCode);
        Assert.Empty(await Tables(s, db));
        Assert.Empty(await Applied(s, db));
    }

    [Fact]
    public async Task Redo_rolls_back_and_reapplies_the_same_migrations()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        await StrataCli.RunAsync(p, url, "migrate", "up");
        await s.ExecuteAsync("insert into c values (1)", db);
        var r = await StrataCli.RunAsync(p, url, "migrate", "redo");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("ran down  1700000000002_create-c", r.Out);
        Assert.Contains("ran up    1700000000002_create-c", r.Out);
        Assert.Contains("Reverted 1 migration, applied 1 migration", r.Out);
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from c", db));
        Assert.Equal(3, (await Applied(s, db)).Count);
    }

    [Fact]
    public async Task Dry_run_prints_sql_and_changes_nothing()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--dry-run");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("create table a (id int primary key);", r.Out);
        Assert.Contains("INSERT INTO \"public\".\"pgmigrations\"", r.Out);
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('pgmigrations')::text", db));
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Fake_records_without_running()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--fake");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, (await Applied(s, db)).Count);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Tracking_table_has_node_pg_migrate_shape_plus_checksum()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        await StrataCli.RunAsync(p, url, "migrate");
        var columns = await s.ColumnAsync(
            "select column_name || ' ' || data_type || ' ' || is_nullable from information_schema.columns where table_name = 'pgmigrations' order by ordinal_position", db);
        Assert.Equal(["id integer NO", "name character varying NO", "run_on timestamp without time zone NO", "checksum text YES"], columns);
        Assert.Equal(255, await s.ScalarAsync<int>("select character_maximum_length from information_schema.columns where table_name = 'pgmigrations' and column_name = 'name'", db));
        Assert.Equal("pgmigrations_pkey", await s.ScalarAsync<string>("select conname::text from pg_constraint where conrelid = 'pgmigrations'::regclass and contype = 'p'", db));
        Assert.All(await s.ColumnAsync("select checksum from pgmigrations", db), c => Assert.Matches("^[0-9a-f]{64}$", c));
    }

    [Fact]
    public async Task A_table_written_by_node_pg_migrate_gains_the_checksum_column_and_keeps_its_history()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        await s.ExecuteAsync("""
            CREATE TABLE "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
            INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('1700000000000_create-a', NOW());
            CREATE TABLE a (id int primary key);
            """, db);
        using var p = new TestProject();
        Sample(p);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Applied 2 migrations", r.Out);
        Assert.Equal(["NULL", "x", "x"], (await s.ColumnAsync("select case when checksum is null then 'NULL' else 'x' end from pgmigrations order by id", db)));
    }

    [Fact]
    public async Task Of_two_statements_with_the_same_text_the_failure_names_the_line_of_the_one_that_failed()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_twice", "create table t (a int primary key);\ninsert into t values (1);\ninsert into t values (1);", "drop table t;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        // Line 1 is the "-- Up Migration" marker: the first insert is on line 3, the one that fails on line 4.
        Assert.Contains("1700000000000_twice.sql:4", r.Error);
        Assert.DoesNotContain("1700000000000_twice.sql:3", r.Error);
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_half_applied_and_names_file_line_and_statement()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_ok", "create table ok (id int);", "drop table ok;");
        p.AddSql("1700000000001_broken", "create table half (id int);\n\ninsert into half values (1);\nselect * from\n  no_such_table;", "drop table half;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("1700000000001_broken.sql:6:3", r.Error);
        Assert.Contains("relation \"no_such_table\" does not exist", r.Error);
        Assert.Contains("select * from", r.Error);
        Assert.Contains("Nothing was applied", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
        Assert.Empty(await Tables(s, db));
        Assert.Empty(await Applied(s, db));
    }

    [Fact]
    public async Task Without_single_transaction_migrations_before_the_failure_stay_applied()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "single-transaction": false }""");
        p.AddSql("1700000000000_ok", "create table ok (id int);", "drop table ok;");
        p.AddSql("1700000000001_broken", "create table half (id int);\nselect 1/0;", "drop table half;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["ok"], await Tables(s, db));
        Assert.Equal(["1700000000000_ok"], await Applied(s, db));
    }

    [Fact]
    public async Task Two_runners_at_once_apply_each_migration_exactly_once()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_slow", "create table slow (id int);\nselect pg_sleep(0.5);", "drop table slow;");
        p.AddSql("1700000000001_next", "create table next (id int);", "drop table next;");
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => StrataCli.RunAsync(p, url, "migrate")));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Equal(["1700000000000_slow", "1700000000001_next"], await Applied(s, db));
        Assert.Contains(runs, r => r.Error.Contains("Waiting for the migration lock, held by pid"));
        Assert.Equal(1, runs.Count(r => r.Out.Contains("Applied 2 migrations")));
    }

    [Fact]
    public async Task Advisory_lock_mode_fail_names_the_holder()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "advisory-lock-mode": "fail" }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        await using var holder = new Npgsql.NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=other-deploy");
        await holder.OpenAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("select pg_advisory_lock(7241865325823964)", holder)) await cmd.ExecuteNonQueryAsync();
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("other-deploy", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Lock_wait_timeout_gives_up_naming_the_holder()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "lock-wait-timeout": "300ms" }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        await using var holder = new Npgsql.NpgsqlConnection(s.AdminConnectionString(db) + ";Application Name=stuck-deploy");
        await holder.OpenAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("select pg_advisory_lock(7241865325823964)", holder)) await cmd.ExecuteNonQueryAsync();
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Gave up waiting", r.Error);
        Assert.Contains("stuck-deploy", r.Error);
    }

    [Fact]
    public async Task Lock_timeout_stops_a_migration_waiting_on_a_busy_table()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        await s.ExecuteAsync("create table busy (id int)", db);
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "lock-timeout": "200ms" }""");
        p.AddSql("1700000000000_alter", "alter table busy add column x int;", "alter table busy drop column x;");
        await using var holder = new Npgsql.NpgsqlConnection(s.AdminConnectionString(db));
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("lock table busy in access share mode", holder, tx)) await cmd.ExecuteNonQueryAsync();
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("lock timeout", r.Error);
        Assert.Contains("alter table busy", r.Error);
        Assert.Contains("55P03", r.Error);
    }

    [Fact]
    public async Task Check_order_refuses_a_pending_migration_older_than_an_applied_one()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000005_b", "create table b (id int);", "drop table b;");
        await StrataCli.RunAsync(p, url, "migrate");
        p.AddSql("1700000000001_a", "create table a (id int);", "drop table a;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1700000000001_a.sql has not run, but it sorts before 1700000000005_b", r.Error);
        Assert.Equal(["b"], await Tables(s, db));
    }

    [Fact]
    public async Task An_applied_migration_missing_from_disk_is_reported()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var path = p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        await StrataCli.RunAsync(p, url, "migrate");
        File.Delete(path);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1700000000000_a has no file", r.Error);
    }

    [Fact]
    public async Task Non_transactional_statements_are_refused_before_anything_runs_unless_opted_out()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_t", "create table t (id int);", "drop table t;");
        var idx = p.AddSql("1700000000001_idx", "create index concurrently t_id_idx on t (id);", "drop index concurrently t_id_idx;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1700000000001_idx.sql:2", r.Error);
        Assert.Contains("strata:no-transaction", r.Error);
        Assert.Empty(await Tables(s, db));

        File.WriteAllText(idx, "-- strata:no-transaction\n" + File.ReadAllText(idx));
        r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("t_id_idx", await s.ScalarAsync<string>("select indexname::text from pg_indexes where tablename = 't'", db));
        r = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public async Task Down_without_a_down_section_is_refused()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);");
        await StrataCli.RunAsync(p, url, "migrate");
        var r = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no \"-- Down Migration\" section", r.Error);
    }

    [Fact]
    public async Task Migrations_go_to_the_configured_schemas()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "schema": "app", "create-schema": true, "migrations-schema": "meta", "create-migrations-schema": true, "migrations-table": "history" }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("app", await s.ScalarAsync<string>("select schemaname::text from pg_tables where tablename = 'a'", db));
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from meta.history", db));
    }

    [Fact]
    public async Task Json_output_reports_what_ran()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Sample(p);
        var r = await StrataCli.RunAsync(p, url, "migrate", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
        Assert.True(doc.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("migrations").GetArrayLength());
    }
}

public class TimestampTargetTests
{
    [Fact]
    public async Task Timestamp_targets_apply_up_to_and_roll_back_down_to_a_prefix()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.AddSql("1700000000005_b", "create table b (id int);", "drop table b;");
        p.AddSql("1700000000009_c", "create table c (id int);", "drop table c;");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up", "1700000000005", "--timestamp")).ExitCode);
        Assert.Equal(2L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up")).ExitCode);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down", "1700000000005", "--timestamp")).ExitCode);
        Assert.Equal(["1700000000000_a"], await s.ColumnAsync("select name from pgmigrations", db));
        Assert.Equal(2, (await StrataCli.RunAsync(p, url, "migrate", "up", "soon", "--timestamp")).ExitCode);
    }
}
