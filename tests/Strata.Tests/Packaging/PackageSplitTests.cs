namespace Strata.Tests.Packaging;

/// <summary>The packages are split by what they pull in: the engine carries no compiler.</summary>
public class PackageSplitTests
{
    [Fact]
    public void The_engine_does_not_reference_Roslyn()
    {
        var references = typeof(StrataMigrator).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(references, n => n!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Contains("Npgsql", references);
    }

    [Fact]
    public void The_compiler_package_holds_the_compiler_the_engine_finds_by_name()
    {
        var compiler = Type.GetType("Strata.App.CSharp.MigrationCompiler, Strata.CSharp");
        Assert.NotNull(compiler);
        Assert.Contains(compiler!.Assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.CodeAnalysis.CSharp");
    }
}
