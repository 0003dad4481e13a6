using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>The auth track end to end through the CLI (<c>strata auth generate|migrate</c>), on a real PostgreSQL database per test.</summary>
public class AuthRunnerTests
{
    static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Data", "better-auth");
    const string Core = """{ "emailAndPassword": { "enabled": true } }""";


    static TestProject Project(string authJson)
    {
        var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": {{authJson}} }""");
        return p;
    }

    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' order by 1", db);

    static string[] Generated(TestProject p) =>
        Directory.Exists(Path.Combine(p.Directory, "better-auth_migrations")) ? Directory.GetFiles(Path.Combine(p.Directory, "better-auth_migrations")) : [];

    [Fact]
    public async Task Migrate_creates_the_auth_tables_and_a_second_run_does_nothing()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);

        var first = await StrataCli.RunAsync(p, url, "auth", "migrate");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Applied 7 statements", first.Out);
        Assert.Equal(["account", "session", "user", "verification"], await Tables(s, db));

        var second = await StrataCli.RunAsync(p, url, "auth", "migrate");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("No migrations needed.", second.Out);

        var generate = await StrataCli.RunAsync(p, url, "auth", "generate");
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("Your schema is already up to date.", generate.Out);
        Assert.Empty(Generated(p));
    }

    [Theory]
    [InlineData("core")]
    [InlineData("plugins-uuid")]
    [InlineData("serial")]
    [InlineData("renames-and-references")]
    public async Task Generate_on_a_fresh_database_writes_the_file_the_better_auth_cli_wrote(string name)
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = Project(File.ReadAllText(Path.Combine(Cases, name + ".json")));

        var r = await StrataCli.RunAsync(p, url, "auth", "generate");

        Assert.True(r.ExitCode == 0, r.ToString());
        var file = Assert.Single(Generated(p));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.sql$", Path.GetFileName(file));
        Assert.Equal(File.ReadAllText(Path.Combine(Cases, name + ".sql")), File.ReadAllText(file));
    }

    [Fact]
    public async Task Generate_writes_into_the_output_folder()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        var r = await StrataCli.RunAsync(p, url, "auth", "generate", "--output", "db/auth", "--yes");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Single(Directory.GetFiles(Path.Combine(p.Directory, "db", "auth"), "*.sql"));
    }

    [Fact]
    public async Task Migrate_adds_the_columns_and_tables_of_a_grown_config_like_the_cli()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using (var core = Project(Core))
            Assert.Equal(0, (await StrataCli.RunAsync(core, url, "auth", "migrate")).ExitCode);
        using var p = Project(File.ReadAllText(Path.Combine(Cases, "incremental.json")));

        var generate = await StrataCli.RunAsync(p, url, "auth", "generate");
        Assert.True(generate.ExitCode == 0, generate.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Cases, "incremental.sql")), File.ReadAllText(Assert.Single(Generated(p))));

        var migrate = await StrataCli.RunAsync(p, url, "auth", "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
        Assert.Contains("twoFactor", await Tables(s, db));
        Assert.Contains("No migrations needed.", (await StrataCli.RunAsync(p, url, "auth", "migrate")).Out);
    }

    [Fact]
    public async Task A_changed_column_type_is_reported_as_drift_and_left_alone()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        await StrataCli.RunAsync(p, url, "auth", "migrate");
        await s.ExecuteAsync("""alter table "user" alter column "image" type varchar(200); alter table "user" alter column "image" set not null""", db);

        var r = await StrataCli.RunAsync(p, url, "--json", "auth", "migrate");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("warning: column \"user\".\"image\" is character varying(200) in the database, the auth schema says text", r.Error);
        Assert.Contains("not null in the database", r.Error);
        using var json = JsonDocument.Parse(r.Out);
        Assert.True(json.RootElement.GetProperty("upToDate").GetBoolean());
        var drift = Assert.Single(json.RootElement.GetProperty("drift").EnumerateArray());
        Assert.Equal("image", drift.GetProperty("column").GetString());
        Assert.Equal("text", drift.GetProperty("expectedType").GetString());
        Assert.Equal("character varying(200)", drift.GetProperty("actualType").GetString());
        Assert.Equal(["character varying", "NO"], await s.ColumnAsync(
            "select x from information_schema.columns, lateral (values (data_type::text), (is_nullable::text)) v(x) where table_name = 'user' and column_name = 'image'", db));
    }

    [Fact]
    public async Task Migrate_refuses_a_required_column_without_default_on_a_table_with_rows()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using (var core = Project(Core))
            await StrataCli.RunAsync(core, url, "auth", "migrate");
        await s.ExecuteAsync("""insert into "user" values ('u1', 'Ada', 'ada@example.com', true, null, now(), now())""", db);
        using var p = Project(File.ReadAllText(Path.Combine(Cases, "incremental-unsafe.json")));

        var migrate = await StrataCli.RunAsync(p, url, "auth", "migrate", "--yes");
        Assert.Equal(1, migrate.ExitCode);
        Assert.Contains("nothing was applied", migrate.Error);
        Assert.Contains("Cannot add required column", migrate.Error);
        Assert.DoesNotContain("MySQL", migrate.All);
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'twoFactor'", db));

        var generate = await StrataCli.RunAsync(p, url, "auth", "generate");
        Assert.Equal(0, generate.ExitCode);
        Assert.StartsWith("-- ----", File.ReadAllText(Assert.Single(Generated(p))));
        Assert.Contains("DO NOT RUN", generate.Error);
    }

    [Fact]
    public async Task Dry_run_prints_the_statements_and_changes_nothing()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        var r = await StrataCli.RunAsync(p, url, "auth", "migrate", "--dry-run");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("create table \"user\" (\"id\" text not null primary key", r.Out);
        Assert.Contains("dry run: 7 statements would run", r.Out);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Json_output_of_migrate_lists_the_statements()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        var r = await StrataCli.RunAsync(p, url, "--json", "auth", "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal("auth migrate", json.RootElement.GetProperty("command").GetString());
        Assert.True(json.RootElement.GetProperty("applied").GetBoolean());
        Assert.Equal(7, json.RootElement.GetProperty("statements").GetArrayLength());
    }

    [Fact]
    public async Task Bad_auth_config_is_exit_2_naming_the_key()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = Project("""{ "user": { "additionalFields": { "age": { "type": "integer" } } } }""");
        var r = await StrataCli.RunAsync(p, url, "auth", "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("auth.user.additionalFields.age.type: unknown field type \"integer\"", r.Error);
    }

    [Fact]
    public async Task Without_an_auth_section_both_commands_say_to_add_one()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        foreach (var command in new[] { "generate", "migrate" })
        {
            var r = await StrataCli.RunAsync(p, url, "auth", command);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("has no \"auth\" section", r.Error);
            Assert.Contains("Add one", r.Error);
        }
    }

    [Fact]
    public async Task Migrate_waits_for_the_app_tracks_advisory_lock()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        await using var holder = new Npgsql.NpgsqlConnection(s.AdminConnectionString(db));
        await holder.OpenAsync();
        await using (var cmd = new Npgsql.NpgsqlCommand("select pg_advisory_lock(7241865325823964)", holder)) await cmd.ExecuteNonQueryAsync();

        var run = StrataCli.RunAsync(p, url, "auth", "migrate");
        // Wait until the run is queued on the lock (seen in pg_locks), not for a fixed time: under load a run that
        // had not reached the lock yet when it was released took it at once, and rightly printed no "Waiting".
        await Reliability.Rel.UntilAsync(async () => run.IsCompleted || (await s.ColumnAsync(
            "select 1 from pg_locks where locktype = 'advisory' and not granted and objid = (7241865325823964 & 4294967295)::oid", db)).Count > 0,
            TimeSpan.FromSeconds(60), "the run to queue on the advisory lock");
        Assert.False(run.IsCompleted, run.IsCompleted ? (await run).ToString() : "");
        Assert.Empty(await Tables(s, db));
        await using (var cmd = new Npgsql.NpgsqlCommand("select pg_advisory_unlock(7241865325823964)", holder)) await cmd.ExecuteNonQueryAsync();

        var r = await run;
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Waiting for the migration lock", r.Error);
        Assert.Equal(4, (await Tables(s, db)).Count);
    }

    [Fact]
    public async Task A_process_without_a_terminal_applies_without_asking()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project(Core);
        var env = new Dictionary<string, string?> { ["DATABASE_URL"] = url, ["CI"] = null };

        var r = await StrataCli.RunProcessAsync(p.Directory, env, "auth", "migrate");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("[y/N]", r.All);
        Assert.Equal(4, (await Tables(s, db)).Count);
    }

    [Fact]
    public async Task App_tables_beside_the_auth_tables_are_not_read_but_one_holding_a_declared_index_name_is()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = Project("""{ "emailAndPassword": { "enabled": true }, "plugins": ["deviceAuthorization"] }""");
        // An app table named like a better-auth field and one whose index takes a declared name, in another case.
        await s.ExecuteAsync("""create table notes ("userId" text, "expiresAt" int); create table devices (code text); create unique index "DeviceCode_UserCode_UIDX" on devices (code)""", db);

        var r = await StrataCli.RunAsync(p, url, "up");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("Database index name \"deviceCode_userCode_uidx\" is already used by table \"devices\".", r.Error);
        Assert.Equal(["devices", "notes"], await Tables(s, db));

        await s.ExecuteAsync("""drop index "DeviceCode_UserCode_UIDX" """, db);
        Assert.True((await StrataCli.RunAsync(p, url, "up")).ExitCode == 0);
        var again = await StrataCli.RunAsync(p, url, "up");
        Assert.Contains("Auth schema (better-auth): up to date.", again.Out);
    }
}
