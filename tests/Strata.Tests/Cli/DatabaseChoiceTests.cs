using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Cli;

/// <summary>
/// The database a command uses is never a surprise: each command names it, a misspelt variable is pointed
/// out, and in CI or next to a .env file a missing URL is an error, not a new local cluster.
/// </summary>
public class DatabaseChoiceTests
{
    static TestProject WithMigration()
    {
        var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        return p;
    }

    [Fact]
    public async Task A_misspelt_url_variable_in_dotenv_under_CI_is_refused_and_named()
    {
        using var p = WithMigration();
        p.Write(".env", "DATABASE_ULR=postgres://app:Typo-Secret-1@127.0.0.1:5432/app\n");
        var r = await StrataCli.RunAsync(p.Directory, new Dictionary<string, string?> { ["CI"] = "true" }, "up");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("DATABASE_ULR", r.Error);
        Assert.Contains("CI is set", r.Error);
        Assert.Contains("--embedded", r.Error);
        Assert.DoesNotContain("Typo-Secret-1", r.All);
        Assert.False(Directory.Exists(Path.Combine(p.Directory, ".strata", "pg")));
    }

    [Fact]
    public async Task A_dotenv_without_the_url_refuses_the_embedded_fallback_outside_CI_too()
    {
        using var p = WithMigration();
        p.Write(".env", "OTHER=1\n");
        var r = await StrataCli.RunAsync(p.Directory, new Dictionary<string, string?>(), "status", "--json");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains(".env exists", r.Error);
        Assert.False(JsonDocument.Parse(r.Out).RootElement.GetProperty("ok").GetBoolean());
        Assert.False(Directory.Exists(Path.Combine(p.Directory, ".strata", "pg")));
    }

    [Fact]
    public async Task CI_without_any_url_refuses_the_embedded_fallback()
    {
        using var p = WithMigration();
        var r = await StrataCli.RunAsync(p.Directory, new Dictionary<string, string?> { ["CI"] = "1" }, "migrate", "up");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("CI is set", r.Error);
    }

    [Fact]
    public async Task A_near_miss_in_the_environment_is_named_in_a_warning()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = WithMigration();
        p.Write(".migraterc.json", $$"""{ "url": "{{s.Url(db)}}" }""");
        var r = await StrataCli.RunAsync(p.Directory, new Dictionary<string, string?> { ["DATABSE_URL"] = "postgres://elsewhere/db" }, "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("warning: the environment has DATABSE_URL but no DATABASE_URL", r.Error);
    }

    [Theory]
    [InlineData("up")]
    [InlineData("status")]
    [InlineData("migrate", "up")]
    [InlineData("migrate", "down", "--dry-run")]
    [InlineData("auth", "migrate", "--yes")]
    public async Task Every_command_names_its_database_once_in_text_and_json(params string[] command)
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = WithMigration();
        // lint before the run opens a connection of its own: the database is still named once.
        p.Write(".migraterc.json", $$"""{ "lint": "warn", "lint-scratch-url": "{{s.Url("postgres")}}", "auth": { "emailAndPassword": { "enabled": true } } }""");
        var text = await StrataCli.RunAsync(p, s.PasswordUrl(db), command);
        var line = $"Database: {PostgresServer.PasswordUser}@127.0.0.1:{s.Port}/{db} (DATABASE_URL in the environment)";
        Assert.True(text.Error.Split('\n').Count(l => l.TrimEnd() == line) == 1, text.ToString());
        var json = await StrataCli.RunAsync(p, s.PasswordUrl(db), [.. command, "--json"]);
        var database = JsonDocument.Parse(json.Out).RootElement.GetProperty("database");
        Assert.Equal(db, database.GetProperty("name").GetString());
        Assert.Equal("127.0.0.1", database.GetProperty("host").GetString());
        Assert.Equal(s.Port, database.GetProperty("port").GetInt32());
        Assert.False(database.GetProperty("embedded").GetBoolean());
        Assert.DoesNotContain(PostgresServer.Password, text.All + json.All);
    }

    [Fact]
    public async Task A_command_handed_over_by_the_native_binary_does_not_name_the_database_again()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = WithMigration();
        var env = new Dictionary<string, string?> { ["DATABASE_URL"] = s.PasswordUrl(db), ["STRATA_HANDED_OVER"] = "1" };

        var handed = await StrataCli.RunAsync(p.Directory, env, "migrate", "up");

        Assert.True(handed.ExitCode == 0, handed.ToString());
        Assert.DoesNotContain("Database: ", handed.All);
        var json = await StrataCli.RunAsync(p.Directory, env, "migrate", "up", "--json");
        Assert.Equal(db, JsonDocument.Parse(json.Out).RootElement.GetProperty("database").GetProperty("name").GetString());
    }
}
