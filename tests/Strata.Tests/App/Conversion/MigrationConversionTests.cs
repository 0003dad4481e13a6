using Strata.App.Conversion;

namespace Strata.Tests.App.Conversion;

/// <summary>
/// convert's own check, without Node: what the written C# records must be what the converter mapped from the
/// original (operation count and noTransaction() for a straight run of pgm calls), else nothing is written.
/// </summary>
public class MigrationConversionTests
{
    const string OneOperation = """
        public sealed class AddUsers : Migration
        {
            public override void Up(MigrationBuilder pgm)
            {
                pgm.CreateTable("users", new Columns { ["id"] = "id" });
            }
        }
        """;

    [Fact]
    public void The_converter_maps_a_straight_run_of_pgm_calls_and_leaves_control_flow_uncounted()
    {
        var (_, mapped) = MigrationConverter.ConvertMapped(
            "exports.up = (pgm) => {\n  pgm.noTransaction();\n  pgm.createTable('a', { id: 'id' });\n  pgm.sql('select 1');\n};\n" +
            "exports.down = (pgm) => {\n  for (const t of ['a']) pgm.dropTable(t);\n};\n",
            "migrations/1_a.js", InheritedShorthands.None);
        Assert.Equal(["createTable", "sql"], mapped.Up!.Operations);
        Assert.True(mapped.Up.NoTransaction);
        Assert.Null(mapped.Down);
    }

    [Fact]
    public void Csharp_that_builds_fewer_operations_than_were_mapped_is_refused()
    {
        var mapped = new MappedOperations(new MappedMethod(["createTable", "createIndex"], false), null);
        var e = Assert.ThrowsAny<StrataException>(() => MigrationConversion.Verify("migrations/1_add-users.ts", "1_add-users", OneOperation, mapped));
        Assert.Equal("migrations/1_add-users.ts: the C# written for Up builds 1 operations where the original makes 2 (createTable, createIndex); nothing written", e.Message);
    }

    [Fact]
    public void Csharp_that_loses_no_transaction_is_refused()
    {
        var mapped = new MappedOperations(new MappedMethod(["createTable"], true), null);
        var e = Assert.ThrowsAny<StrataException>(() => MigrationConversion.Verify("migrations/1_add-users.ts", "1_add-users", OneOperation, mapped));
        Assert.Contains("does not call NoTransaction() where the original does", e.Message);
        MigrationConversion.Verify("migrations/1_add-users.ts", "1_add-users", OneOperation, new MappedOperations(new MappedMethod(["createTable"], false), null));
    }
}
