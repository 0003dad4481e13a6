using Strata.Tests.Fixtures;

namespace Strata.Tests.App;

/// <summary>SQL files that PostgreSQL (and psql) accept run as written, on a real database.</summary>
public class SqlMigrationTests
{
    static Task<CliResult> Up(TestProject p, string url) => StrataCli.RunAsync(p, url, "migrate");

    [Fact]
    public async Task A_rule_with_several_actions_in_parentheses_is_one_statement()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_rule", """
            create table a (id int);
            create table b (id int);
            create table c (id int);
            create rule r as on insert to a do also (insert into b values (new.id); insert into c values (new.id));
            insert into a values (7);
            """);
        var r = await Up(p, url);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(7, await s.ScalarAsync<int>("select (select id from b) + 0 * (select id from c)", db));
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from c", db));
    }

    [Fact]
    public async Task A_down_marker_inside_a_function_body_or_a_block_comment_is_body_text()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_fn.sql", """
            -- Up Migration
            create function note() returns text language plpgsql as $$
            begin
            -- Down Migration
              return 'kept';
            end $$;
            /*
            -- Down Migration
            */
            select 'text with
            -- Down Migration
            inside' as s;

            -- Down Migration
            drop function note();
            """);
        var r = await Up(p, url);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("kept", await s.ScalarAsync<string>("select note()", db));
        var down = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Null(await s.ScalarAsync<string>("select to_regproc('note')::text", db));
    }

    [Fact]
    public async Task Sql_standard_bodies_escape_strings_nested_comments_and_unicode_identifiers_run_as_written()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_forms", """
            create table U&"d\0061t\+000061" (id int, note text);
            create function sign_of(x int) returns text language sql
            begin atomic
              select case when x > 0 then 'plus;' when x < 0 then 'minus;' else 'zero' end;
            end;
            create procedure add_two() language sql
            begin atomic
              insert into data values (1, E'it\'s; one');
              insert into data values (2, 'two'); /* a /* nested; */ comment; */
            end;
            call add_two();
            """);
        var r = await Up(p, url);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("minus;", await s.ScalarAsync<string>("select sign_of(-3)", db));
        Assert.Equal("it's; one|two", await s.ScalarAsync<string>("select string_agg(note, '|' order by id) from data", db));
    }

    [Theory]
    [InlineData("create table t (id int, name text);\ncopy t (id, name) from stdin;\n1\tone\n\\.\n", 3, "COPY … FROM STDIN")]
    [InlineData("create table t (id int);\ncopy t from /* the client */ STDIN with (format csv);\n", 3, "COPY … FROM STDIN")]
    [InlineData("create table t (id int);\ncopy (select 1) to stdout;\n", 3, "COPY … TO STDOUT")]
    [InlineData("create table t (id int);\n\\i other.sql\n", 3, "\\i is a psql meta-command")]
    [InlineData("create table t (id int);\nselect 1;\n\\set ON_ERROR_STOP on\n", 4, "\\set is a psql meta-command")]
    public async Task A_statement_only_psql_can_run_is_refused_by_name_before_anything_runs(string up, int line, string named)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_first", "create table first (id int);");
        p.AddSql("1700000000001_dump", up);
        var r = await Up(p, url);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains($"1700000000001_dump.sql:{line}: ", r.Error);
        Assert.Contains(named, r.Error);
        Assert.DoesNotContain("Exception", r.Error);
        Assert.Null(await s.ScalarAsync<string>("select coalesce(to_regclass('first'), to_regclass('t'))::text", db));
    }

    [Fact]
    public async Task Copy_from_stdin_through_pgm_sql_is_refused_too()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_copy.cs", """
            public sealed class Copy : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.Sql("create table t (id int)");
                    pgm.Sql("copy t from stdin");
                }
            }
            """);
        var r = await Up(p, url);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000000_copy.cs:6: COPY … FROM STDIN", r.Error);
    }

    public static TheoryData<string> FileContents() => new()
    {
        "plain",
        "bom",
        "two boms",
        "crlf",
        "lone cr",
        "non-ascii",
        "invalid utf-8",
        "utf-16 with bom",
        "empty",
    };

    static byte[] Bytes(string kind)
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var sql = "-- Up Migration\ncreate table t (id int, name text default 'Zoë ✓');\n\n-- Down Migration\ndrop table t;\n";
        return kind switch
        {
            "plain" => System.Text.Encoding.UTF8.GetBytes(sql),
            "bom" => [.. bom, .. System.Text.Encoding.UTF8.GetBytes(sql)],
            "two boms" => [.. bom, .. bom, .. System.Text.Encoding.UTF8.GetBytes(sql)],
            "crlf" => System.Text.Encoding.UTF8.GetBytes(sql.Replace("\n", "\r\n")),
            "lone cr" => System.Text.Encoding.UTF8.GetBytes(sql.Replace("int,", "int,\r")),
            "non-ascii" => System.Text.Encoding.UTF8.GetBytes("-- Ünïcödé 日本語 🐘\n" + sql),
            "invalid utf-8" => [.. System.Text.Encoding.UTF8.GetBytes("-- "), 0xC3, 0x28, 0xFF, .. System.Text.Encoding.UTF8.GetBytes(sql)],
            "utf-16 with bom" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(sql)],
            "empty" => [],
            _ => throw new ArgumentException(kind),
        };
    }

    [Theory]
    [MemberData(nameof(FileContents))]
    public void A_files_checksum_from_its_bytes_is_the_checksum_of_its_text_as_read(string kind)
    {
        using var p = new TestProject();
        var path = Path.Combine(p.Directory, "migrations", "1700000000000_t.sql");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Bytes(kind));
        var file = new Strata.App.MigrationFile("1700000000000_t", path, Strata.App.MigrationLanguage.Sql, 1700000000000m);

        Assert.Equal(Strata.App.SqlMigration.Checksum(Strata.App.SqlMigration.Read(file)), Strata.App.SqlMigration.ChecksumOf(file));
    }
}
