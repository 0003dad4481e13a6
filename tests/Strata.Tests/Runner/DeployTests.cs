using System.Text.Json;
using Strata.Runner;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>`strata up` and `strata status` over both tracks, and the library API they are built on.</summary>
public class DeployTests
{
    const string Config = """{ "auth": { "emailAndPassword": { "enabled": true } } }""";

    static TestProject ChatLike()
    {
        var p = new TestProject();
        p.Write(".migraterc.json", Config);
        p.Write("migrations/1700000000000_create-chat.cs", """
            public sealed class CreateChat : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.CreateTable("chat", new Columns
                    {
                        ["id"] = "id",
                        ["user_id"] = new Column("text") { NotNull = true, References = "user", OnDelete = "CASCADE" },
                    });
            }
            """);
        return p;
    }

    [Fact]
    public async Task Up_applies_auth_first_then_app_migrations_and_status_then_says_up_to_date()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        var before = await StrataCli.RunAsync(p, s.Url(db), "status");
        Assert.Equal(StatusReport.PendingExitCode, before.ExitCode);
        Assert.Contains("7 statements pending", before.Out);

        var up = await StrataCli.RunAsync(p, s.Url(db), "up");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.True(up.Out.IndexOf("better-auth", StringComparison.Ordinal) < up.Out.IndexOf("1700000000000_create-chat", StringComparison.Ordinal));
        await s.ExecuteAsync("""insert into "user" (id, name, email, "emailVerified") values ('u1', 'Ada', 'ada@example.com', true); insert into chat (user_id) values ('u1')""", db);

        var after = await StrataCli.RunAsync(p, s.Url(db), "status");
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("Up to date.", after.Out);
        var again = await StrataCli.RunAsync(p, s.Url(db), "up");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("No migrations to run", again.Out);
    }

    [Fact]
    public async Task Up_compiles_every_app_migration_before_the_auth_track_changes_anything()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        p.Write("migrations/1700000000001_broken.cs", """
            public sealed class Broken : Migration
            {
                public override void Up(MigrationBuilder pgm) => pgm.CreateTable("x", new Columns { ["id"] = undefinedThing });
            }
            """);

        var r = await StrataCli.RunAsync(p, s.Url(db), "up");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000001_broken.cs(3,", r.Error);
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('\"user\"')::text", db));
        Assert.Equal("0", (await s.ColumnAsync("select count(*) from pg_tables where schemaname = 'public'", db)).Single());
    }

    [Fact]
    public async Task Up_checks_the_app_track_without_moving_the_auth_tables_into_the_app_schema()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "schema": "app", "create-schema": true, "auth": { "emailAndPassword": { "enabled": true } } }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");

        var r = await StrataCli.RunAsync(p, url, "up");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("public", await s.ScalarAsync<string>("select schemaname::text from pg_tables where tablename = 'user'", db));
        Assert.Equal("app", await s.ScalarAsync<string>("select schemaname::text from pg_tables where tablename = 'a'", db));
    }

    [Fact]
    public async Task Migrate_up_alone_refuses_while_the_auth_schema_is_pending()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        var r = await StrataCli.RunAsync(p, s.Url(db), "migrate", "up");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("strata up", r.Error);
        Assert.DoesNotContain("relation \"user\" does not exist", r.Error);
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('chat')::text", db));
    }

    [Fact]
    public async Task Status_reports_changed_and_missing_files_as_drift()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        var a = p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        var b = p.AddSql("1700000000001_b", "create table b (id int);", "drop table b;");
        await StrataCli.RunAsync(p, s.Url(db), "up");
        // Line endings and a BOM are not drift.
        File.WriteAllText(a, "\uFEFF" + File.ReadAllText(a).Replace("\n", "\r\n"));
        Assert.Equal(0, (await StrataCli.RunAsync(p, s.Url(db), "status")).ExitCode);
        File.AppendAllText(b, "-- edited after it ran\n");
        var changed = await StrataCli.RunAsync(p, s.Url(db), "status", "--json");
        Assert.Equal(StatusReport.DriftExitCode, changed.ExitCode);
        using (var doc = JsonDocument.Parse(changed.Out))
            Assert.Equal("changed", doc.RootElement.GetProperty("app").GetProperty("migrations")[1].GetProperty("status").GetString());
        File.Delete(b);
        var missing = await StrataCli.RunAsync(p, s.Url(db), "status");
        Assert.Equal(StatusReport.DriftExitCode, missing.ExitCode);
        Assert.Contains("missing", missing.Out);
    }

    [Fact]
    public async Task The_library_api_migrates_in_process()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        var events = new List<RunEvent>();
        var migrator = new StrataMigrator(new ProjectOptions { Directory = p.Directory, DatabaseUrl = s.Url(db) }, events: events.Add);
        var result = await migrator.UpAsync();
        Assert.True(result.Succeeded);
        Assert.True(result.Auth!.Applied);
        Assert.Single(result.App!.Completed);
        Assert.Contains(events, e => e is MigrationFinished { Name: "1700000000000_create-chat" });
        var status = await migrator.StatusAsync();
        Assert.True(status.UpToDate);
        Assert.Equal(0, status.ExitCode);
        var generated = await migrator.AuthGenerateAsync();
        Assert.True(generated.UpToDate);
    }

    [Fact]
    public async Task The_library_api_accepts_an_existing_data_source()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(s.AdminConnectionString(db));
        var migrator = new StrataMigrator(new ProjectOptions { Directory = p.Directory }, dataSource);
        Assert.True((await migrator.UpAsync()).Succeeded);
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
    }

    [Fact]
    public async Task Up_json_reports_both_tracks()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = ChatLike();
        var r = await StrataCli.RunAsync(p, s.Url(db), "up", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.True(doc.RootElement.GetProperty("ok").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("auth").GetProperty("applied").GetBoolean());
        Assert.Equal(1, doc.RootElement.GetProperty("app").GetProperty("migrations").GetArrayLength());
    }
}
