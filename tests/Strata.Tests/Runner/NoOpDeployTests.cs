using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// A deploy that finds nothing to do (the common case) costs one round trip: the auth schema and the history are read
/// in one batch without the lock, and only pending work takes the lock and reads again under it.
/// </summary>
public class NoOpDeployTests
{
    static TestProject BothTracks()
    {
        var p = new TestProject();
        p.Write(".migraterc.json", """{ "auth": { "emailAndPassword": { "enabled": true } } }""");
        p.AddSql("1700000000000_notes", "create table notes (id int);", "drop table notes;");
        p.Write("migrations/1700000000001_tags.cs", """
            public sealed class Tags : Migration
            {
                public override void Up(MigrationBuilder pgm) => pgm.CreateTable("tags", new Columns { ["id"] = "id" });
            }
            """);
        return p;
    }

    /// <summary>A fresh database with both tracks of <paramref name="p"/> applied.</summary>
    static async Task<(PostgresServer Server, string Db)> DeployedAsync(TestProject p)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        var first = await StrataCli.RunAsync(p, url, "up");
        Assert.True(first.ExitCode == 0, first.ToString());
        return (s, db);
    }

    [Fact]
    public async Task A_no_op_up_of_both_tracks_is_one_round_trip()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);
        await using var counter = RoundTripCounter.Start(s);

        var again = await StrataCli.RunAsync(p, counter.Url(db), "up");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("No migrations to run", again.Out);
        Assert.Contains("Auth schema (better-auth): up to date.", again.Out);
        Assert.Equal(1, counter.RoundTrips);
    }

    [Fact]
    public async Task A_no_op_up_still_warns_of_drift_on_both_tracks()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);
        p.AddSql("1700000000000_notes", "create table notes (id bigint);", "drop table notes;");
        await s.ExecuteAsync("""alter table "user" alter column name drop not null""", db);
        await using var counter = RoundTripCounter.Start(s);

        var again = await StrataCli.RunAsync(p, counter.Url(db), "up");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("1700000000000_notes changed since it was applied", again.Error);
        Assert.Contains("column \"user\".\"name\" allows null in the database", again.All);
        Assert.Equal(1, counter.RoundTrips);
    }

    [Fact]
    public async Task A_pending_migration_takes_the_lock_and_applies_as_before()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);
        p.AddSql("1700000000002_more", "create table more (id int);", "drop table more;");
        await using var counter = RoundTripCounter.Start(s);

        var again = await StrataCli.RunAsync(p, counter.Url(db), "up");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("1700000000002_more", again.Out);
        Assert.Equal("more", await s.ScalarAsync<string>("select to_regclass('more')::text", db));
        Assert.True(counter.RoundTrips > 1, $"{counter.RoundTrips} round trips");
    }

    [Fact]
    public async Task A_no_op_migrate_up_is_one_round_trip_too()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);
        p.AddSql("1700000000000_notes", "create table notes (id bigint);", "drop table notes;");
        await using var counter = RoundTripCounter.Start(s);

        var again = await StrataCli.RunAsync(p, counter.Url(db), "migrate", "up");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("No migrations to run", again.Out);
        Assert.Contains("1700000000000_notes changed since it was applied", again.Error);
        Assert.Equal(1, counter.RoundTrips);
    }

    [Fact]
    public async Task Migrate_up_with_the_auth_schema_behind_is_still_refused_and_changes_nothing()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);
        await s.ExecuteAsync("""alter table "session" drop column "userAgent" """, db);

        var again = await StrataCli.RunAsync(p, s.Url(db), "migrate", "up");

        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("The auth schema is not up to date", again.Error);
        Assert.Null(await s.ScalarAsync<string>("""select attname::text from pg_attribute where attrelid = '"session"'::regclass and attname = 'userAgent'""", db));
    }

    [Fact]
    public async Task Migrate_up_naming_an_applied_migration_is_still_refused_by_the_planner()
    {
        using var p = BothTracks();
        var (s, db) = await DeployedAsync(p);

        var again = await StrataCli.RunAsync(p, s.Url(db), "migrate", "up", "1700000000000_notes");

        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("1700000000000_notes", again.Error);
    }
}
