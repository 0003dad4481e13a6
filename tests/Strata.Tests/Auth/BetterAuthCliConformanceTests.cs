using Strata.Auth;

namespace Strata.Tests.Auth;

/// <summary>Strata's script for each captured case is the file better-auth's own CLI wrote, byte for byte.</summary>
public class BetterAuthCliConformanceTests
{
    public static IEnumerable<object[]> Cases => BetterAuthCase.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Script_is_the_file_the_better_auth_cli_writes(string name)
    {
        var data = new BetterAuthCase(name);

        var script = AuthScript.Generate(data.Options(), data.Existing());

        Assert.Equal(data.ExpectedSql(), script.Text);
    }

    [Fact]
    public void Every_captured_case_is_checked()
    {
        Assert.True(BetterAuthCase.All.Count() >= 7);
    }

    [Fact]
    public void A_database_that_has_everything_needs_nothing()
    {
        var core = new BetterAuthCase("core");
        var model = SchemaBuilder.Build(core.Options());
        var existing = new ExistingSchema(model.Tables.Select(t => ExistingTable.Named(t.Name, t.Columns.Select(c => c.Name).ToList(), hasRows: true)).ToList());

        var script = AuthScript.Generate(model, existing);

        Assert.True(script.IsEmpty);
        Assert.Equal("", script.Text);
    }
}
