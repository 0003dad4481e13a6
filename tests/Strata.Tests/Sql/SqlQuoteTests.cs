using Strata.Sql;

namespace Strata.Tests.Sql;

public class SqlQuoteTests
{
    [Theory]
    [InlineData("user", "\"user\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("MixedCase", "\"MixedCase\"")]
    public void Identifiers_are_always_double_quoted(string name, string expected) => Assert.Equal(expected, SqlQuote.Ident(name));

    [Fact]
    public void Qualified_names_quote_each_part() => Assert.Equal("\"s\".\"t\"", SqlQuote.Ident("s", "t"));

    [Fact]
    public void Literals_double_single_quotes() => Assert.Equal("'it''s'", SqlQuote.Literal("it's"));
}
