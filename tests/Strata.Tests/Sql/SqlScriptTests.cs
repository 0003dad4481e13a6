using Strata.Sql;

namespace Strata.Tests.Sql;

public class SqlScriptTests
{
    [Fact]
    public void Splits_on_semicolons_and_records_lines()
    {
        var s = SqlScript.Split("create table a (id int);\n\ncreate table b (id int);\n");
        Assert.Equal(2, s.Count);
        Assert.Equal("create table a (id int)", s[0].Text);
        Assert.Equal(1, s[0].Line);
        Assert.Equal(3, s[1].Line);
    }

    [Theory]
    [InlineData("select 'a;b'; select 2", 2)]
    [InlineData("select \"a;b\" from t; select 2", 2)]
    [InlineData("select E'it\\'s;'; select 2", 2)]
    [InlineData("select 'it''s;'; select 2", 2)]
    [InlineData("create function f() returns int as $$ begin return 1; end $$ language plpgsql; select 2", 2)]
    [InlineData("create function f() returns int as $body$ select 1; $body$ language sql; select 2", 2)]
    [InlineData("-- a comment; with a semicolon\nselect 1; select 2", 2)]
    [InlineData("/* a /* nested; */ comment; */ select 1; select 2", 2)]
    [InlineData("create function f() returns int language sql begin atomic select 1; select case when true then 2 end; end; select 2", 2)]
    [InlineData("select $1::int; select 2", 2)]
    [InlineData("-- only a comment\n", 0)]
    [InlineData(";;;", 0)]
    public void Semicolons_inside_quotes_comments_and_bodies_do_not_split(string script, int expected)
    {
        Assert.Equal(expected, SqlScript.Split(script).Count);
    }

    [Fact]
    public void Line_offset_shifts_reported_lines()
    {
        var s = SqlScript.Split("\n\nselect 1;", lineOffset: 10);
        Assert.Equal(13, Assert.Single(s).Line);
    }
}

public class SqlScriptLeadingCommentTests
{
    [Fact]
    public void Leading_comments_are_not_part_of_the_statement()
    {
        var s = Assert.Single(SqlScript.Split("-- Up Migration\n/* note */\ncreate table a (id int);"));
        Assert.Equal("create table a (id int)", s.Text);
        Assert.Equal(3, s.Line);
    }
}

/// <summary>Statements PostgreSQL accepts are cut where psql cuts them (src/fe_utils/psqlscan.l).</summary>
public class SqlScriptPsqlTests
{
    [Theory]
    [InlineData("create rule r as on insert to a do also (insert into b values (new.id); insert into c values (new.id)); select 2", 2)]
    [InlineData("create rule r as on update to a do instead (update b set x = 1; notify a); select 2", 2)]
    [InlineData("create or replace procedure p() language sql begin atomic insert into t values (1); insert into t values (2); end; select 2", 2)]
    [InlineData("CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END; select 2", 2)]
    [InlineData("create function f() returns int language sql begin atomic select case when true then case when false then 1 end end; end; select 2", 2)]
    [InlineData("select U&\"d\\0061t\\+000061\" from t; select 2", 2)]
    [InlineData("select U&'d\\0061t\\+000061;'; select 2", 2)]
    [InlineData("select e'\\\\'; select 'x;'", 2)]
    [InlineData("select E'\\'; still a string'; select 2", 2)]
    [InlineData("/* outer /* inner; */ still a comment; */ select 1; select 2", 2)]
    [InlineData("select 1 as \"begin\"; select 2", 2)]
    [InlineData("begin; select 1; end;", 3)]
    [InlineData("select 1 from t where x in (select 1; select 2", 1)]
    public void Statements_are_cut_where_psql_cuts_them(string script, int expected)
    {
        Assert.Equal(expected, SqlScript.Split(script).Count);
    }

    [Fact]
    public void A_statement_s_text_and_line_are_exactly_the_file_s()
    {
        const string script = "-- Up Migration\ncreate rule r as on insert to a do also (\n  insert into b values (new.id);\n  insert into c values (new.id)\n);\n\nselect 2;\n";
        var s = SqlScript.Split(script);
        Assert.Equal("create rule r as on insert to a do also (\n  insert into b values (new.id);\n  insert into c values (new.id)\n)", s[0].Text);
        Assert.Equal(2, s[0].Line);
        Assert.Equal(script.IndexOf("create", StringComparison.Ordinal), s[0].Offset);
        Assert.Equal(7, s[1].Line);
    }
}
