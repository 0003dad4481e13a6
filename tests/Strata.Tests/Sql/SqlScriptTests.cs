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
