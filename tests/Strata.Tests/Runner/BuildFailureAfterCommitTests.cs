using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// A C# migration that reads pgm.Db is built when it runs. When building it fails after earlier migrations
/// committed (per-migration transactions), that is a failure at that point of the run like any other: exit 1,
/// the earlier ones reported as committed, this one as failed at its file:line; never "nothing was run".
/// </summary>
public class BuildFailureAfterCommitTests
{
    static Task<List<string>> Applied(PostgresServer s, string db) => Reliability.Rel.AppliedAsync(s, db);

    static void Project(TestProject p, string body)
    {
        p.Write(".migraterc.json", """{ "single-transaction": false }""");
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.Write("migrations/1700000000001_b.cs", $$"""
            // leading comment

            public sealed class B : Migration
            {
                public override async Task UpAsync(MigrationBuilder pgm)
                {
                    var rows = await pgm.Db.SelectAsync("select count(*)::int as n from a");
            {{body}}
                }
            }
            """);
    }

    [Theory]
    [InlineData("        throw new InvalidOperationException(\"no rows to move\");", "no rows to move")]
    [InlineData("        await pgm.Db.QueryAsync(\"select * from no_such_table\");", "relation \"no_such_table\" does not exist")]
    public async Task A_migration_that_fails_while_built_after_a_commit_fails_at_its_line_and_the_commit_is_reported(string body, string why)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        Project(p, body);

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("1700000000001_b.cs:8", r.Error);
        Assert.Contains(why, r.Error);
        Assert.Contains("Committed (these stay applied): 1700000000000_a", r.Error);
        Assert.DoesNotContain("Nothing was", r.Error);
        Assert.Equal(["1700000000000_a"], await Applied(s, db));
    }
}
