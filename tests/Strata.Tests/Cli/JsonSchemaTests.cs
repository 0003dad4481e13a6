using System.Text.Json;
using Json.Schema;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Cli;

/// <summary>The --json documents validate against the schemas published in docs/json.</summary>
public class JsonSchemaTests
{
    static JsonSchema Schema(string name)
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Strata.sln"))) dir = Path.GetDirectoryName(dir)!;
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(dir, "docs", "json", name)));
    }

    static void AssertValid(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, json + "\n" + string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task Status_and_up_json_validate_against_their_documented_schemas()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "auth": { "emailAndPassword": { "enabled": true } } }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        var status = Schema("status.schema.json");
        var up = Schema("up.schema.json");

        var pending = await StrataCli.RunAsync(p, s.Url(db), "status", "--json");
        AssertValid(status, pending.Out);
        var deploy = await StrataCli.RunAsync(p, s.Url(db), "up", "--json");
        AssertValid(up, deploy.Out);
        var done = await StrataCli.RunAsync(p, s.Url(db), "status", "--json");
        AssertValid(status, done.Out);

        // Drift (an applied file edited, another gone) and warnings are part of every run's document.
        p.AddSql("1700000000000_a", "create table a (id int, edited int);", "");
        p.AddSql("1700000000001_gone", "select 1;", "select 1;");
        Assert.Equal(0, (await StrataCli.RunAsync(p, s.Url(db), "migrate", "up")).ExitCode);
        File.Delete(Path.Combine(p.MigrationsDir, "1700000000001_gone.sql"));
        p.Write(".migraterc.json", """{ "check-order": false, "auth": { "emailAndPassword": { "enabled": true } } }""");
        var drifted = await StrataCli.RunAsync(p, s.Url(db), "up", "--json");
        Assert.Contains("\"changed\"", drifted.Out);
        Assert.Contains("\"missing\"", drifted.Out);
        AssertValid(up, drifted.Out);

        using var bare = new TestProject();
        bare.AddSql("1700000000000_b", "select 1/0;", "");
        var db2 = await s.CreateDatabaseAsync();
        var failed = await StrataCli.RunAsync(bare, s.Url(db2), "up", "--json");
        Assert.Equal(1, failed.ExitCode);
        AssertValid(up, failed.Out);
        AssertValid(status, (await StrataCli.RunAsync(bare, s.Url(db2), "status", "--json")).Out);
    }

    [Fact]
    public async Task Lint_json_validates_against_its_documented_schema()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "lint-scratch-url": "{{s.Url("postgres")}}", "auth": { "emailAndPassword": { "enabled": true } } }""");
        p.AddSql("1700000000000_a", "create table a (id int primary key, n int);");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up", "--fake")).ExitCode);
        await s.ExecuteAsync("create table a (id int primary key, n int); insert into a select g, g from generate_series(1, 20000) g; analyze a;", db);
        p.AddSql("1700000000001_b", "create index a_n on a (n);\nalter table a add column note text;\ncreate table b (id int references a (id));");
        var lint = await StrataCli.RunAsync(p, url, "lint", "--json");
        Assert.True(lint.ExitCode == 5, lint.ToString());
        AssertValid(Schema("lint.schema.json"), lint.Out);
        Assert.Contains("\"track\": \"auth\"", lint.Out);
    }
}
