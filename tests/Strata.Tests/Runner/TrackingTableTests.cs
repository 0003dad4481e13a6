using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// The tracking table ("migrations-table") is checked before anything alters it: it must have node-pg-migrate's
/// id/name/run_on, its rows must be readable history, and a role that may write it without owning it runs
/// without checksums instead of failing.
/// </summary>
public class TrackingTableTests
{
    static async Task<(PostgresServer S, string Db, string Url, TestProject P)> ProjectAsync(string? config = null)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var p = new TestProject();
        if (config is not null) p.Write(".migraterc.json", config);
        p.AddSql("1700000000000_create-a", "create table a (id int);", "drop table a;");
        return (s, db, url, p);
    }

    static Task<List<string>> Columns(PostgresServer s, string db, string table) =>
        s.ColumnAsync($"select column_name::text from information_schema.columns where table_name = '{table}' order by ordinal_position", db);

    [Fact]
    public async Task An_app_table_named_as_the_tracking_table_is_refused_naming_what_it_lacks_and_left_as_it_was()
    {
        var (s, db, url, p) = await ProjectAsync("""{ "migrations-table": "users" }""");
        using var _ = p;
        await s.ExecuteAsync("create table users (id serial primary key, name text not null, email text); insert into users (name) values ('ann')", db);
        foreach (var args in new[] { new[] { "migrate", "up" }, ["up"], ["status"], ["migrate", "down"] })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 2, string.Join(' ', args) + "\n" + r);
            Assert.Contains("\"public\".\"users\"", r.Error);
            Assert.Contains("run_on", r.Error);
            Assert.DoesNotContain("   at ", r.All);
        }
        Assert.Equal(["id", "name", "email"], await Columns(s, db, "users"));
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('a')::text", db));
    }

    [Fact]
    public async Task A_table_without_id_is_refused_before_it_is_altered()
    {
        var (s, db, url, p) = await ProjectAsync("""{ "migrations-table": "log" }""");
        using var _ = p;
        await s.ExecuteAsync("create table log (name text, run_on timestamp)", db);
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("lacks id", r.Error);
        Assert.Equal(["name", "run_on"], await Columns(s, db, "log"));
    }

    [Fact]
    public async Task A_role_that_writes_but_does_not_own_node_pg_migrate_table_runs_without_checksums_with_one_warning()
    {
        var (s, db, _, p) = await ProjectAsync();
        using var __ = p;
        var role = "writer_" + Guid.NewGuid().ToString("N")[..8];
        await s.ExecuteAsync($"create role {role} login", db);
        await s.ExecuteAsync($"""
            create table pgmigrations (id serial primary key, name varchar(255) not null, run_on timestamp not null);
            alter table pgmigrations owner to postgres;
            grant select, insert, delete on pgmigrations to {role};
            grant usage on sequence pgmigrations_id_seq to {role};
            grant create, usage on schema public to {role};
            """, db);
        var url = $"postgresql://{role}@127.0.0.1:{s.Port}/{db}?sslmode=disable";

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Single(r.Error.Split('\n'), l => l.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains("checksum", r.Error);
        Assert.Contains("owner", r.Error);
        Assert.Equal(["id", "name", "run_on"], await Columns(s, db, "pgmigrations"));
        Assert.Equal(["1700000000000_create-a"], await s.ColumnAsync("select name from pgmigrations", db));

        var down = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Empty(await s.ColumnAsync("select name from pgmigrations", db));
    }

    [Fact]
    public async Task A_duplicate_history_row_is_named_with_the_statement_that_removes_it()
    {
        var (s, db, url, p) = await ProjectAsync();
        using var _ = p;
        p.AddSql("1700000000001_create-b", "create table b (id int);", "drop table b;");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up")).ExitCode);
        await s.ExecuteAsync("insert into pgmigrations (name, run_on) values ('1700000000000_create-a', now())", db);
        foreach (var args in new[] { new[] { "migrate", "up" }, ["status"] })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Contains("1700000000000_create-a twice", r.Error);
            Assert.Contains("DELETE FROM \"public\".\"pgmigrations\" WHERE id = 3", r.Error);
            Assert.DoesNotContain("sorts before", r.Error);
        }
    }

    [Fact]
    public async Task A_row_without_run_on_is_named_with_the_statement_that_fixes_it()
    {
        var (s, db, url, p) = await ProjectAsync("""{ "migrations-table": "history" }""");
        using var _ = p;
        await s.ExecuteAsync("create table history (id serial primary key, name varchar(255) not null, run_on timestamp); insert into history (name) values ('1700000000000_create-a')", db);
        foreach (var args in new[] { new[] { "migrate", "up" }, ["status"] })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Contains("1700000000000_create-a", r.Error);
            Assert.Contains("run_on", r.Error);
            Assert.Contains("WHERE id = 1", r.Error);
            Assert.DoesNotContain("InvalidCast", r.All);
        }
    }
}
