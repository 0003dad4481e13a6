using Strata.Tests.Fixtures;

namespace Strata.Tests.Cli;

/// <summary>`strata migrate` takes node-pg-migrate 9.0.0's flags with their meaning; a flag wins over the config file's key.</summary>
public class NodePgMigrateFlagsTests
{
    [Fact]
    public async Task Flags_win_over_the_config_file()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "migrations-dir": "elsewhere", "migrations-table": "from_config", "lock": true }""");
        p.Write("sql/1700000000000_a.sql", "-- Up Migration\ncreate table a (id int);\n-- Down Migration\ndrop table a;\n");
        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "-m", "sql", "-t", "history", "--no-lock", "--check-order", "false", "-s", "public", "--no-single-transaction");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["1700000000000_a"], await s.ColumnAsync("select name from history", db));
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'from_config'", db));
    }

    [Fact]
    public async Task Decamelize_writes_the_names_of_csharp_migrations_in_snake_case()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_profile.cs", """
            public sealed class Profile : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.CreateTable("userProfile", new Columns { ["firstName"] = "text" });
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate", "--decamelize");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["first_name"], await s.ColumnAsync("select column_name::text from information_schema.columns where table_name = 'user_profile'", db));
    }

    [Fact]
    public async Task Flags_without_a_meaning_for_csharp_are_accepted_with_a_note_and_glob_search_is_refused()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);");
        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--tsconfig-paths", "true", "--reject-unauthorized", "false");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("note: --tsconfig-paths has no meaning for C# and SQL migrations", r.Error);
        Assert.Contains("note: --reject-unauthorized false: connecting with sslmode=require", r.Error);
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));

        var glob = await StrataCli.RunAsync(p, url, "migrate", "up", "--use-glob");
        Assert.Equal(2, glob.ExitCode);
        Assert.Contains("--use-glob is not supported", glob.Error);
    }

    [Fact]
    public async Task Create_takes_the_language_and_file_name_format_flags()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, "migrate", "create", "add", "tags", "--migration-file-language", "sql", "--migration-filename-format", "index");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["0001_add-tags.sql"], Directory.GetFiles(p.MigrationsDir).Select(Path.GetFileName));
        var ts = await StrataCli.RunAsync(p, null, "migrate", "create", "x", "-j", "ts");
        Assert.Equal(2, ts.ExitCode);
        Assert.Contains("migrate convert", ts.Error);
    }
}
