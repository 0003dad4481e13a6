using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// A migration must not end the transaction Strata runs it in: refused before anything runs when the SQL says so
/// (any spelling), and caught at run time when it happens anyway (through pgm.Db), with a report of what stays.
/// </summary>
public class TransactionControlTests
{
    static Task<List<string>> Applied(PostgresServer s, string db) => Reliability.Rel.AppliedAsync(s, db);
    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);

    [Theory]
    [InlineData("rollback and chain;")]
    [InlineData("commit and chain;")]
    [InlineData("commit /* done */;")]
    [InlineData("COMMIT -- done\n  AND NO CHAIN;")]
    [InlineData("/* first */ rollback;")]
    [InlineData("end work;")]
    [InlineData("abort;")]
    [InlineData("begin isolation level serializable;")]
    [InlineData("start transaction;")]
    [InlineData("prepare transaction 'x';")]
    [InlineData("commit prepared 'x';")]
    [InlineData("rollback prepared 'x';")]
    [InlineData("savepoint s;")]
    [InlineData("release savepoint s;")]
    [InlineData("rollback to savepoint s;")]
    public async Task A_transaction_control_statement_in_a_sql_migration_is_refused_before_anything_runs(string statement)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.AddSql("1700000000001_b", "create table b (id int);\n" + statement + "\ncreate table c (id int);", "drop table b;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000001_b.sql:3", r.Error);
        Assert.Contains("ends or controls the transaction", r.Error);
        Assert.Empty(await Tables(s, db));
        Assert.Empty(await Applied(s, db));
    }

    [Fact]
    public async Task A_prepared_statement_is_not_mistaken_for_prepare_transaction()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);\nprepare ins (int) as insert into a values ($1);\nexecute ins(1);\ndeallocate ins;", "drop table a;");
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["1"], await s.ColumnAsync("select id::text from a", db));
    }

    [Fact]
    public async Task A_transaction_control_statement_in_pgm_Sql_is_refused_naming_the_line_of_the_call()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.Write("migrations/1700000000001_b.cs", """
            public sealed class B : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.CreateTable("b", new Columns { ["id"] = "id" });
                    pgm.Sql("insert into a values (1); commit /* keep it */ and chain");
                }
            }
            """);

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000001_b.cs:6", r.Error);
        Assert.Contains("ends or controls the transaction", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    static void EndingMigration(TestProject p, string how)
    {
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        p.Write("migrations/1700000000001_b.cs", $$"""
            public sealed class B : Migration
            {
                public override async Task UpAsync(MigrationBuilder pgm)
                {
                    await pgm.Db.QueryAsync("{{how}}");
                    pgm.CreateTable("b", new Columns { ["id"] = "id" });
                }
            }
            """);
        p.AddSql("1700000000002_c", "create table c (id int);", "drop table c;");
    }

    [Fact]
    public async Task A_migration_that_rolls_back_and_chains_at_run_time_is_stopped_and_the_report_says_nothing_stays()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        EndingMigration(p, "rollback and chain");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up", "--json");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("1700000000001_b", r.Error);
        Assert.Contains("ended the transaction Strata ran it in", r.Error);
        Assert.Contains("Rolled back (not applied): 1700000000000_a", r.Error);
        Assert.DoesNotContain("  applied ", r.Error);
        Assert.Empty(await Tables(s, db));
        Assert.Empty(await Applied(s, db));
        Assert.False(JsonDocument.Parse(r.Out).RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(["1700000000000_a:rolledBack", "1700000000001_b:partial"], RunReportTests.States(r.Out));
    }

    [Fact]
    public async Task A_migration_that_commits_at_run_time_is_stopped_and_the_report_says_what_was_committed()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        EndingMigration(p, "commit");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("ended the transaction Strata ran it in", r.Error);
        Assert.Contains("Committed (these stay applied): 1700000000000_a", r.Error);
        Assert.Contains("Partly run, not recorded as applied: 1700000000001_b", r.Error);
        Assert.DoesNotContain("Nothing was applied", r.Error);
        Assert.Equal(["a"], await Tables(s, db));
        Assert.Equal(["1700000000000_a"], await Applied(s, db));
    }

    [Fact]
    public async Task Every_transaction_of_a_per_migration_run_is_guarded_and_runs_with_lock_timeout()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "single-transaction": false, "lock-timeout": "3s" }""");
        const string Check = "do $$ begin if current_setting('lock_timeout') <> '3s' then raise exception 'lock_timeout is %', current_setting('lock_timeout'); end if; end $$;";
        p.AddSql("1700000000000_a", "create table a (id int);\n" + Check, "drop table a;");
        p.AddSql("1700000000001_b", "create table b (id int);\n" + Check, "drop table b;");
        p.AddSql("1700000000002_c", "create table c (id int);\n" + Check, "drop table c;");

        var r = await StrataCli.RunAsync(p, url, "migrate", "up");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("applied   1700000000002_c", r.Out);
        Assert.Equal(["1700000000000_a", "1700000000001_b", "1700000000002_c"], await Applied(s, db));
    }
}
