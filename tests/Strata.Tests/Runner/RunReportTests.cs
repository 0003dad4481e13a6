using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// What a run reports is what the database holds: per migration committed, rolled back or partly run, in text and
/// --json; "Nothing was applied" only when nothing was; "applied" only of what is committed.
/// </summary>
public class RunReportTests
{
    static Task<List<string>> Applied(PostgresServer s, string db) => Reliability.Rel.AppliedAsync(s, db);

    /// <summary>"name:state" of each migration in a run's --json (the "app" object of <c>strata up</c>).</summary>
    internal static List<string> States(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var run = doc.RootElement.TryGetProperty("app", out var app) ? app : doc.RootElement;
        return run.GetProperty("migrations").EnumerateArray().Select(m => m.GetProperty("name").GetString() + ":" + m.GetProperty("state").GetString()).ToList();
    }

    [Fact]
    public async Task In_the_runs_one_transaction_a_migration_is_reported_as_ran_and_then_as_rolled_back_when_a_later_one_fails()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.AddSql("1700000000001_b", "select 1/0;", "");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ran up    1700000000000_a", r.Out);
        Assert.DoesNotContain("applied", r.Out);
        Assert.Contains("Nothing was applied: the transaction was rolled back", r.Error);
        var json = await StrataCli.RunAsync(p, url, "migrate", "up", "--json");
        Assert.Equal(["1700000000000_a:rolledBack", "1700000000001_b:rolledBack"], States(json.Out));
        Assert.True(JsonDocument.Parse(json.Out).RootElement.GetProperty("databaseUnchanged").GetBoolean());
        Assert.Empty(await Applied(s, db));
    }

    [Fact]
    public async Task A_no_transaction_migration_that_fails_midway_reports_the_statements_that_ran_and_stay()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.AddSql("1700000000001_b", "-- strata:no-transaction\ncreate table b (id int);\ninsert into b values (1);\nselect 1/0;", "drop table b;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--json");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.DoesNotContain("Nothing was applied", r.Error);
        Assert.Contains("Committed (these stay applied): 1700000000000_a", r.Error);
        Assert.Contains("Partly run outside a transaction, not recorded as applied: 1700000000001_b; 2 statements of it ran and stay:", r.Error);
        Assert.Contains("    insert into b values (1)", r.Error);
        Assert.Equal(["1700000000000_a:committed", "1700000000001_b:partial"], States(r.Out));
        using var doc = JsonDocument.Parse(r.Out);
        Assert.False(doc.RootElement.GetProperty("databaseUnchanged").GetBoolean());
        var partial = doc.RootElement.GetProperty("migrations")[1].GetProperty("statementsRun").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["create table b (id int)", "insert into b values (1)"], partial);
        Assert.Equal(["1700000000000_a"], await Applied(s, db));
        Assert.Equal(["1"], await s.ColumnAsync("select id::text from b", db));
    }

    [Fact]
    public async Task Up_says_the_auth_schema_stays_committed_when_an_app_migration_then_fails()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "auth": { "emailAndPassword": { "enabled": true } } }""");
        p.AddSql("1700000000000_a", "select 1/0;", "");

        var r = await StrataCli.RunAsync(p, url, "up", "--json");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.DoesNotContain("the database is as it was before this run", r.Error);
        Assert.Contains("The auth schema changes (7 statements) were committed before the app migrations ran, and stay.", r.Error);
        Assert.Contains("Rolled back (not applied): 1700000000000_a", r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.True(doc.RootElement.GetProperty("auth").GetProperty("applied").GetBoolean());
        Assert.Equal(["1700000000000_a:rolledBack"], States(r.Out));
        Assert.NotNull(await s.ScalarAsync<string>("select to_regclass('\"user\"')::text", db));
    }
}
