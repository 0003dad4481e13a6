using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// A migration whose file changed after it ran (its checksum differs from the recorded one) has a Down built
/// from the edited file, not from what ran: rolling it back is refused unless asked for, and every `up` says so.
/// </summary>
public class DriftGateTests
{
    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);

    static string CreateTable(string className, string table) => $$"""
        public sealed class {{className}} : Migration
        {
            public override void Up(MigrationBuilder pgm) => pgm.CreateTable("{{table}}", new Columns { ["id"] = "id" });
        }
        """;

    /// <summary>Two applied C# migrations; then the second is edited so that its inferred Down drops the first one's table.</summary>
    static async Task<(PostgresServer S, string Db, string Url, TestProject P)> EditedAfterApplyAsync()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var p = new TestProject();
        p.Write("migrations/1700000000000_create-beta.cs", CreateTable("CreateBeta", "beta"));
        p.Write("migrations/1700000000001_create-alpha.cs", CreateTable("CreateAlpha", "alpha"));
        var up = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(up.ExitCode == 0, up.ToString());
        await s.ExecuteAsync("insert into beta default values", db);
        p.Write("migrations/1700000000001_create-alpha.cs", CreateTable("CreateAlpha", "beta"));
        return (s, db, url, p);
    }

    [Fact]
    public async Task Down_of_a_migration_edited_after_it_ran_is_refused_naming_it_and_the_way_on()
    {
        var (s, db, url, p) = await EditedAfterApplyAsync();
        using var _ = p;
        foreach (var args in new[] { new[] { "migrate", "down" }, ["migrate", "redo"], ["migrate", "down", "--to", "1700000000000_create-beta"] })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 2, string.Join(' ', args) + "\n" + r);
            Assert.Contains("1700000000001_create-alpha", r.Error);
            Assert.Contains("changed since it was applied", r.Error);
            Assert.Contains("--allow-drift", r.Error);
            Assert.DoesNotContain("   at ", r.All);
            Assert.Equal(["alpha", "beta"], await Tables(s, db));
            Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from beta", db));
            Assert.Equal(2L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
        }
    }

    [Fact]
    public async Task Allow_drift_runs_the_edited_Down_when_the_user_says_so()
    {
        var (s, db, url, p) = await EditedAfterApplyAsync();
        using var _ = p;
        var r = await StrataCli.RunAsync(p, url, "migrate", "down", "--allow-drift");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["alpha"], await Tables(s, db));
        Assert.Equal(["1700000000000_create-beta"], await s.ColumnAsync("select name from pgmigrations", db));
    }

    [Fact]
    public async Task Fake_down_of_an_edited_migration_only_forgets_it_and_needs_no_permission()
    {
        var (s, db, url, p) = await EditedAfterApplyAsync();
        using var _ = p;
        var r = await StrataCli.RunAsync(p, url, "migrate", "down", "--fake");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["alpha", "beta"], await Tables(s, db));
        Assert.Equal(["1700000000000_create-beta"], await s.ColumnAsync("select name from pgmigrations", db));
    }

    [Fact]
    public async Task Up_says_on_every_run_which_applied_migrations_drifted_in_text_and_json()
    {
        var (s, db, url, p) = await EditedAfterApplyAsync();
        using var _ = p;
        p.AddSql("1700000000002_create-gamma", "create table gamma (id int);", "drop table gamma;");
        var gone = p.AddSql("1700000000003_gone", "select 1;", "select 1;");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up")).ExitCode);
        File.Delete(gone);
        p.Write(".migraterc.json", """{ "check-order": false }""");

        foreach (var args in new[] { new[] { "migrate", "up" }, ["up"] })
        {
            var r = await StrataCli.RunAsync(p, url, args);
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Contains("warning: 1700000000001_create-alpha changed since it was applied", r.Error);
            Assert.Contains("warning: 1700000000003_gone was applied, but its file is gone", r.Error);

            var json = await StrataCli.RunAsync(p, url, [.. args, "--json"]);
            Assert.True(json.ExitCode == 0, json.ToString());
            using var doc = JsonDocument.Parse(json.Out);
            var run = args[0] == "up" ? doc.RootElement.GetProperty("app") : doc.RootElement;
            var drift = run.GetProperty("drift").EnumerateArray().Select(d => d.GetProperty("name").GetString() + " " + d.GetProperty("status").GetString()).ToList();
            Assert.Equal(["1700000000001_create-alpha changed", "1700000000003_gone missing"], drift);
        }
        Assert.Equal(["alpha", "beta", "gamma"], await Tables(s, db));
    }
}
