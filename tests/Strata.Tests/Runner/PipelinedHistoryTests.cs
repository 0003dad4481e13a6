using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// In the run's one transaction, pending migrations go to the server many per round trip (their statements and
/// tracking rows in one batch), yet a failure still names its own file, line and statement, the transaction is
/// rolled back whole, and what needs the database between migrations (pgm.Db, no-transaction) still sees it.
/// </summary>
public class PipelinedHistoryTests
{
    static string Name(int i) => $"{1700000000000L + i}_t-{i}";

    static void AddTables(TestProject p, int from, int count)
    {
        for (int i = from; i < from + count; i++) p.AddSql(Name(i), $"create table t_{i} (id serial primary key, name text);", $"drop table t_{i};");
    }

    [Fact]
    public async Task A_hundred_pending_migrations_take_a_few_round_trips_not_one_each()
    {
        var (s, db, _) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        AddTables(p, 1, 100);
        await using var counter = RoundTripCounter.Start(s);

        var r = await StrataCli.RunAsync(p, counter.Url(db), "migrate", "up");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(100, (await Reliability.Rel.AppliedAsync(s, db)).Count);
        Assert.Contains($"ran up    {Name(100)}", r.Out);
        Assert.Contains("Applied 100 migrations", r.Out);
        Assert.True(counter.RoundTrips <= 10, $"{counter.RoundTrips} round trips for 100 migrations");
    }

    [Fact]
    public async Task A_failure_in_the_37th_of_100_pending_migrations_names_its_file_line_and_statement_and_leaves_the_history_as_it_was()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        AddTables(p, 1, 3);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up")).ExitCode);
        var before = await Reliability.Rel.SnapshotAsync(s, db);
        AddTables(p, 4, 36);
        p.AddSql(Name(40), "create table t_40 (id int);\ninsert into t_40 values (1);\ninsert into t_40\n  values ('not a number');", "drop table t_40;");
        AddTables(p, 41, 63);

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        // Line 1 is "-- Up Migration"; the failing insert starts on line 4 and its bad value is on line 5, column 11.
        Assert.Contains($"{Name(40)}.sql:5:11", r.Error);
        Assert.Contains("invalid input syntax for type integer", r.Error);
        Assert.Contains("values ('not a number')", r.Error);
        Assert.Contains("Nothing was applied", r.Error);
        Assert.DoesNotContain("applied ", r.Out);
        Assert.Contains($"ran up    {Name(39)}", r.Out);
        Assert.DoesNotContain(Name(41), r.All);
        Assert.Equal(before, await Reliability.Rel.SnapshotAsync(s, db));
    }

    [Fact]
    public async Task A_failing_tracking_insert_in_the_middle_of_a_batch_names_its_migration()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        AddTables(p, 1, 10);
        // The 5th migration makes the 6th one's tracking row fail: a statement of the 6th is not to blame, the 6th is.
        p.AddSql(Name(5), "create table t_5 (id int);\ncreate function no_more() returns trigger language plpgsql as $$ begin if new.name like '%_t-6' then raise exception 'history closed'; end if; return new; end $$;\ncreate trigger no_more before insert on pgmigrations for each row execute function no_more();", "drop table t_5;");
        var before = await Reliability.Rel.SnapshotAsync(s, db);

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains($"{Name(6)}.sql", r.Error);
        Assert.Contains("history closed", r.Error);
        Assert.DoesNotContain($"{Name(5)}.sql", r.Error);
        Assert.Equal(before, await Reliability.Rel.SnapshotAsync(s, db));
    }

    [Fact]
    public async Task A_no_transaction_migration_between_batched_ones_sees_what_they_made_and_commits_them_first()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        AddTables(p, 1, 5);
        p.Write($"migrations/{Name(6)}.sql", "-- Up Migration\n-- strata:no-transaction\ncreate index concurrently t_5_name on t_5 (name);\n");
        AddTables(p, 7, 5);
        p.AddSql(Name(12), "select 1/0;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains($"{Name(12)}.sql:2", r.Error);
        var applied = await Reliability.Rel.AppliedAsync(s, db);
        Assert.Equal(Enumerable.Range(1, 6).Select(Name), applied);
        Assert.Equal("t_5_name", await s.ScalarAsync<string>("select to_regclass('t_5_name')::text", db));
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('t_7')::text", db));
    }

    [Fact]
    public async Task A_migration_that_reads_pgm_Db_sees_the_batched_migrations_before_it()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        AddTables(p, 1, 5);
        p.Write($"migrations/{Name(6)}.cs", """
            public sealed class Reads : Migration
            {
                public override async Task UpAsync(MigrationBuilder pgm)
                {
                    var tables = await pgm.Db.SelectAsync("select count(*)::text as n from pg_tables where tablename like 't\\_%'");
                    pgm.Sql($"create table saw_{tables[0]["n"]} (id int)");
                }
            }
            """);
        AddTables(p, 7, 5);

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("saw_5", await s.ScalarAsync<string>("select to_regclass('saw_5')::text", db));
        Assert.Equal(11, (await Reliability.Rel.AppliedAsync(s, db)).Count);
    }
}
