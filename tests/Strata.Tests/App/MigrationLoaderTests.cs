using Strata.App;
using Strata.App.CSharp;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App;

/// <summary>
/// Loading reads, compiles and checks every migration of a plan before any runs, without a database: a failure names
/// file:line, a C# migration that reads pgm.Db comes back to be built where it runs, and every statement of a C#
/// migration carries the line of its pgm call, under the #line mapping the compiler wraps each file in.
/// </summary>
public class MigrationLoaderTests
{
    static async Task<List<LoadedMigration>> Load(TestProject p, bool up = true)
    {
        var files = MigrationDiscovery.Discover(p.MigrationsDir, @"\..*");
        return await new MigrationLoader(p.Directory, decamelize: false, _ => { }).LoadAsync([.. files.Select(f => (f, up))], fake: false);
    }

    [Fact]
    public async Task A_csharp_statement_carries_the_line_of_its_call_counting_leading_comments_and_blank_lines()
    {
        using var p = new TestProject();
        p.Write("migrations/1700000000000_a.cs", """
            // A comment first,

            /* and a block
               comment, so an off-by-N would show. */
            public sealed class A : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.CreateTable("a", new Columns { ["id"] = "id" });

                    pgm.Sql("insert into a default values");
                    pgm.AddIndex("a", "id",
                        unique: true);
                }
            }
            """);

        var loaded = Assert.Single(await Load(p));

        Assert.Null(loaded.Deferred);
        Assert.Equal([9, 11, 12], loaded.Script!.Statements.Select(s => s.Line));
    }

    [Fact]
    public async Task The_inferred_down_keeps_the_line_of_each_call_it_undoes()
    {
        using var p = new TestProject();
        p.Write("migrations/1700000000000_a.cs", """

            public sealed class A : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.CreateTable("a", new Columns { ["id"] = "id" });
                    pgm.RenameTable("a", "b");
                }
            }
            """);

        var loaded = Assert.Single(await Load(p, up: false));

        Assert.Equal([7, 6], loaded.Script!.Statements.Select(s => s.Line));
    }

    [Fact]
    public async Task A_migration_that_reads_pgm_Db_is_loaded_unbuilt()
    {
        using var p = new TestProject();
        p.Write("migrations/1700000000000_a.cs", """
            public sealed class A : Migration
            {
                public override async Task UpAsync(MigrationBuilder pgm)
                {
                    await pgm.Db.QueryAsync("select 1");
                    pgm.Sql("select 2");
                }
            }
            """);

        var loaded = Assert.Single(await Load(p));

        Assert.Null(loaded.Script);
        Assert.NotNull(loaded.Deferred);
    }

    [Fact]
    public async Task A_migration_whose_Up_throws_is_refused_naming_file_and_line()
    {
        using var p = new TestProject();
        p.AddSql("1700000000000_ok", "create table ok (id int);", "drop table ok;");
        p.Write("migrations/1700000000001_b.cs", """
            // line 1

            public sealed class B : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    throw new InvalidOperationException("not today");
            }
            """);

        var e = await Assert.ThrowsAsync<MigrationBuildException>(() => Load(p));

        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Equal(6, e.Line);
        Assert.Contains("1700000000001_b.cs:6: Up threw InvalidOperationException: not today", e.Message);
    }

    [Fact]
    public async Task JavaScript_and_TypeScript_migrations_are_refused_once_naming_them_all()
    {
        using var p = new TestProject();
        p.AddSql("1700000000000_ok", "create table ok (id int);", "drop table ok;");
        p.Write("migrations/1700000000001_x.js", "exports.up = () => {};");
        p.Write("migrations/1700000000002_y.ts", "export async function up() {}");

        var e = await Assert.ThrowsAsync<StrataException>(() => Load(p));

        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains("1700000000001_x.js, ", e.Message);
        Assert.Contains("1700000000002_y.ts are in this run", e.Message);
        Assert.Contains("node-pg-migrate", e.Message);
    }

    [Fact]
    public async Task A_sql_migration_without_a_down_section_cannot_be_loaded_to_roll_back()
    {
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);");

        var e = await Assert.ThrowsAsync<StrataException>(() => Load(p, up: false));

        Assert.Contains("has no \"-- Down Migration\" section", e.Message);
    }
}
