using Strata.Sql.Operations;

namespace Strata.Tests.Sql.Operations;

public sealed class TypeShorthandsTests
{
    [Fact]
    public void Id_is_a_serial_primary_key_by_default()
    {
        var column = TypeShorthands.Default.Apply("id");
        Assert.Equal("serial", column.Type);
        Assert.True(column.PrimaryKey);
    }

    [Fact]
    public void The_column_wins_over_its_shorthand_and_nearer_shorthands_over_deeper_ones()
    {
        var shorthands = new TypeShorthands(new Columns
        {
            ["stamp"] = new Column("createdAt") { NotNull = false },
            ["createdAt"] = new Column("timestamptz") { NotNull = true, Default = SqlValue.Raw("now()") },
        });

        var column = shorthands.Apply(new Column("stamp") { Comment = "when" });

        Assert.Equal("timestamptz", column.Type);
        Assert.False(column.NotNull);
        Assert.Equal("now()", column.Default!.ToSql());
        Assert.Equal("$pga$when$pga$", column.Comment!.ToSql());
    }

    [Fact]
    public void User_shorthands_replace_the_built_in_id()
    {
        var shorthands = new TypeShorthands(new Columns { ["id"] = new Column("uuid") { PrimaryKey = true } });
        Assert.Equal("uuid", shorthands.Apply("id").Type);
    }

    [Fact]
    public void Type_adapters_apply_to_the_resolved_type()
    {
        Assert.Equal("double precision", TypeShorthands.Default.ApplyType("double"));
        Assert.Equal("varchar(10)", TypeShorthands.Default.ApplyType("varchar(10)"));
    }

    [Fact]
    public void A_cycle_is_reported_with_its_path()
    {
        var shorthands = new TypeShorthands(new Columns { ["x"] = "y", ["y"] = "x" });
        var error = Assert.Throws<ArgumentException>(() => shorthands.Apply("x"));
        Assert.Equal("Shorthands contain cyclic dependency: x, y, x", error.Message);
    }
}
