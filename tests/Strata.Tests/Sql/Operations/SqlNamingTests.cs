using Strata.Sql.Operations;

namespace Strata.Tests.Sql.Operations;

public sealed class SqlNamingTests
{
    [Theory]
    [InlineData("userId", "user_id")]
    [InlineData("dataForUSACounties", "data_for_usa_counties")]
    [InlineData("myURLstring", "my_ur_lstring")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("X", "x")]
    [InlineData("uuid-ossp", "uuid-ossp")]
    public void Decamelize_splits_words_as_node_pg_migrate_does(string name, string expected)
    {
        Assert.Equal(expected, SqlNaming.Decamelize(name));
    }

    [Fact]
    public void Decamelized_naming_leaves_raw_sql_and_expressions_alone()
    {
        var naming = SqlNaming.Decamelized;
        Assert.Equal("\"my_schema\".\"my_table\"", naming.Quote(new SqlName("mySchema", "myTable")));
        Assert.Equal("appUsers(id)", naming.Quote(SqlName.Raw("appUsers(id)")));
        Assert.Equal("(lower(displayName))", naming.Unquote("lower(displayName)"));
    }

    [Fact]
    public void Names_are_written_as_given_by_default()
    {
        Assert.Equal("\"userId\"", SqlNaming.AsWritten.Ident("userId"));
    }
}
