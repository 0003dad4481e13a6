using Strata.Sql.Operations;

namespace Strata.Tests.Sql.Operations;

public sealed class SqlValueTests
{
    [Fact]
    public void String_is_dollar_quoted_with_the_first_tag_it_does_not_contain()
    {
        Assert.Equal("$pga$O'Reilly$pga$", ((SqlValue)"O'Reilly").ToSql());
        Assert.Equal("$pgb$a$pga$b$pgb$", ((SqlValue)"a$pga$b").ToSql());
        Assert.Equal("$pgc$$pga$$pgb$$pgc$", ((SqlValue)"$pga$$pgb$").ToSql());
    }

    [Fact]
    public void Tags_run_past_z_as_node_pg_migrate_counts_them()
    {
        var text = string.Concat(Enumerable.Range(0, 26).Select(i => $"$pg{(char)('a' + i)}$"));
        Assert.StartsWith("$pgaa$", ((SqlValue)text).ToSql(), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_written_as_javascript_writes_them()
    {
        Assert.Equal("1.5", ((SqlValue)1.5).ToSql());
        Assert.Equal("42", ((SqlValue)42L).ToSql());
    }

    [Fact]
    public void Nested_arrays_are_one_multidimensional_array_literal()
    {
        var value = SqlValue.Array(new[] { "a" }, SqlValue.Array(1, 2));
        Assert.Equal("ARRAY[[$pga$a$pga$],[1,2]]", value.ToSql());
    }

    [Fact]
    public void Null_raw_and_booleans_are_written_bare()
    {
        Assert.Equal("NULL", SqlValue.Null.ToSql());
        Assert.Equal("now()", SqlValue.Raw("now()").ToSql());
        Assert.Equal("false", ((SqlValue)false).ToSql());
    }
}
