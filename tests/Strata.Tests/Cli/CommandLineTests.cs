using System.Text.RegularExpressions;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public async Task Unknown_command_is_exit_2()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, "migrat");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("migrat", r.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("migrate", "--help")]
    [InlineData("migrate", "down", "--help")]
    [InlineData("db", "--help")]
    public async Task Help_is_everywhere(params string[] args)
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, args);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
    }

    [Fact]
    public async Task Bare_strata_prints_the_help()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out);
        Assert.Contains("migrate", r.Out);
        Assert.DoesNotContain("Required command", r.All);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("down")]
    public async Task A_migrate_subcommand_shows_the_usage_a_person_types(string sub)
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, "migrate", sub, "--help");
        Assert.Equal(0, r.ExitCode);
        // (in-process the program's name is the test host's, so the line is matched from "migrate" on)
        Assert.Contains($" migrate {sub} [<N|NAME>] [options]", r.Out);
        Assert.DoesNotContain($"[<N|NAME>] {sub}", r.Out);
    }

    [Fact]
    public async Task An_empty_cwd_is_exit_2_in_words()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await Strata.Cli.StrataCommandLine.RunAsync(["migrate", "up", "--cwd", ""], new Strata.Cli.CliHost(o, e, _ => null), CancellationToken.None);
        Assert.Equal(2, code);
        Assert.Contains("--cwd is empty", e.ToString());
    }

    [Fact]
    public async Task Create_with_a_name_of_punctuation_writes_a_class_that_compiles()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, "migrate", "create", "-", "--language", "cs");
        Assert.True(r.ExitCode == 0, r.ToString());
        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(p.MigrationsDir)));
        Assert.Contains("public sealed class NewMigration : Migration", text);
    }

    [Fact]
    public async Task Create_writes_node_pg_migrate_naming_and_template()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, null, "migrate", "create", "add users_table", "--language", "sql");
        Assert.Equal(0, r.ExitCode);
        var file = Assert.Single(Directory.GetFiles(p.MigrationsDir));
        Assert.Matches(new Regex(@"^\d{13}_add-users-table\.sql$"), Path.GetFileName(file));
        Assert.Equal("-- Up Migration\n\n-- Down Migration", File.ReadAllText(file));
        Assert.Contains("Created migration -- migrations/", r.Out);
    }

    [Fact]
    public async Task Create_honours_utc_and_index_formats()
    {
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "migration-filename-format": "index" }""");
        await StrataCli.RunAsync(p, null, "migrate", "create", "first");
        await StrataCli.RunAsync(p, null, "migrate", "create", "second");
        Assert.Equal(["0001_first.cs", "0002_second.cs"], Directory.GetFiles(p.MigrationsDir).Select(f => Path.GetFileName(f)).Order().ToArray());
        using var q = new TestProject();
        q.Write(".migraterc.json", """{ "migration-filename-format": "utc" }""");
        await StrataCli.RunAsync(q, null, "migrate", "create", "x");
        Assert.Matches(new Regex(@"^\d{17}_x\.cs$"), Path.GetFileName(Assert.Single(Directory.GetFiles(q.MigrationsDir))));
    }

    [Fact]
    public async Task An_unknown_config_key_is_exit_2_naming_it_before_connecting()
    {
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "migration-dir": "db" }""");
        var r = await StrataCli.RunAsync(p, "postgresql://u:topsecret@127.0.0.1:1/d", "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown key \"migration-dir\"", r.Error);
        Assert.DoesNotContain("topsecret", r.All);
    }

    [Fact]
    public async Task A_malformed_url_is_exit_2_naming_the_part_and_hiding_the_password()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, "postgresql://u:topsecret@h:5432/d?sslmode=maybe", "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown sslmode \"maybe\"", r.Error);
        Assert.Contains("DATABASE_URL in the environment", r.Error);
        Assert.DoesNotContain("topsecret", r.All);
    }

    [Fact]
    public async Task A_missing_migrations_folder_is_exit_2()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        Directory.Delete(p.MigrationsDir);
        var r = await StrataCli.RunAsync(p, s.Url(db), "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("migrations folder", r.Error);
    }

    [Fact]
    public async Task A_file_without_a_numeric_prefix_is_exit_2_naming_it()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.Write("migrations/create_users.sql", "select 1;");
        var r = await StrataCli.RunAsync(p, s.Url(db), "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("create_users.sql", r.Error);
    }

    [Fact]
    public async Task A_pending_typescript_migration_is_exit_2_naming_it()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_init.ts", "export async function up() {}");
        var r = await StrataCli.RunAsync(p, s.Url(db), "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1700000000000_init.ts", r.Error);
        Assert.Contains("TypeScript", r.Error);
    }

    [Fact]
    public async Task Json_errors_are_json_too()
    {
        using var p = new TestProject();
        p.Write(".migraterc.json", "{ nope");
        var r = await StrataCli.RunAsync(p, null, "migrate", "--json");
        Assert.Equal(2, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("exitCode").GetInt32());
    }
}
