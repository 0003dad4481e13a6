using Strata.Tests.Fixtures;

namespace Strata.Tests.Lint;

/// <summary>"lint" in .migraterc.json: what up and migrate up do with a risky pending statement before running it.</summary>
public class LintBeforeUpTests
{
    static async Task<(TestProject Project, PostgresServer Server, string Db, string Url)> BigTableWithRiskyPendingAsync(string mode)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "lint": "{{mode}}", "lint-scratch-url": "{{s.Url("postgres")}}" }""");
        p.AddSql("1700000000000_a", "create table a (id int primary key, n int);");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "up")).ExitCode);
        await s.ExecuteAsync("insert into a select g, g from generate_series(1, 20000) g; analyze a;", db);
        p.AddSql("1700000000001_index", "create index a_n on a (n);");
        return (p, s, db, url);
    }

    [Fact]
    public async Task Lint_fail_refuses_to_run_a_risky_migration_with_exit_5_and_applies_nothing()
    {
        var (p, s, db, url) = await BigTableWithRiskyPendingAsync("fail");
        using var _ = p;
        foreach (var args in new[] { new[] { "up" }, new[] { "migrate", "up" } })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 5, r.ToString());
            Assert.Contains("migrations/1700000000001_index.sql:2:1", r.Error);
            Assert.Contains("builds a_n without CONCURRENTLY", r.Error);
            Assert.Contains("Nothing was applied", r.Error);
        }
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_indexes where indexname = 'a_n'", db));
    }

    [Fact]
    public async Task Lint_warn_prints_the_risky_statement_then_applies_it()
    {
        var (p, s, db, url) = await BigTableWithRiskyPendingAsync("warn");
        using var _ = p;
        var r = await StrataCli.RunAsync(p, url, "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("risky", r.Error);
        Assert.Contains("Applying anyway", r.Error);
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pg_indexes where indexname = 'a_n'", db));
    }

    [Fact]
    public async Task Lint_off_says_nothing_and_applies()
    {
        var (p, s, db, url) = await BigTableWithRiskyPendingAsync("off");
        using var _ = p;
        var r = await StrataCli.RunAsync(p, url, "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("risky", r.All);
    }

    [Fact]
    public async Task An_unknown_lint_mode_is_an_input_error_naming_the_key()
    {
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "lint": "loud" }""");
        var r = await StrataCli.RunAsync(p, "postgresql://nobody@127.0.0.1:1/x", "lint");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("\"lint\" must be one of \"warn\", \"fail\", \"off\"", r.Error);
    }
}
