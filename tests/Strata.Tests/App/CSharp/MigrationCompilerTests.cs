using Strata.App;
using Strata.App.CSharp;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App.CSharp;

/// <summary>The compiler compiles the text the loader read and checksummed, not a later read of the file.</summary>
public class MigrationCompilerTests
{
    static string Creating(string table) => $$"""
        public sealed class Create : Migration
        {
            public override void Up(MigrationBuilder pgm) => pgm.CreateTable("{{table}}", new Columns { ["id"] = "id" });
        }
        """;

    [Fact]
    public async Task The_text_given_is_compiled_even_when_the_file_has_changed_since_it_was_read()
    {
        using var p = new TestProject();
        var path = p.Write("migrations/1700000000000_create.cs", Creating("edited_meanwhile"));
        var file = new MigrationFile("1700000000000_create", path, MigrationLanguage.CSharp, 0);
        var compiled = new MigrationCompiler(new CacheDirectory(p.Directory)).Load([(file, Creating("as_read"))]);
        var script = await CSharpMigrationScript.BuildAsync(file, compiled[file].Migration, true, CSharpMigrationScript.ProbeDatabase.Instance);
        var sql = string.Join("\n", script.Statements.Select(s => s.Text));
        Assert.Contains("as_read", sql);
        Assert.DoesNotContain("edited_meanwhile", sql);
    }
}
