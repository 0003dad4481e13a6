using Strata.App.CSharp;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App.CSharp;

/// <summary>
/// The JIT build handed a command by the NativeAOT binary starts compiling the files it names (CSharpCompiler.EarlyVariable) as
/// it starts: the run is the same as one that compiles when it loads them. Real processes, as the AOT binary starts them.
/// </summary>
public class EarlyCompileTests
{
    const string Chat = """
        public sealed class CreateChat : Migration
        {
            public override void Up(MigrationBuilder pgm) => pgm.CreateTable("chat", new Columns { ["id"] = "id" });
        }
        """;

    const string Broken = "public sealed class Broken : Migration\n{\n    public override void Up(MigrationBuilder pgm)\n    {\n        pgm.CreateTabel(\"x\");\n    }\n}\n";

    static string Early(TestProject p, params string[] files) =>
        string.Join('\n', [Path.Combine(p.Directory, ".strata", "cache", "csharp"), .. files.Select(f => Path.Combine(p.MigrationsDir, f))]);

    static Task<CliResult> Run(TestProject p, string url, string early, params string[] args) =>
        StrataCli.RunProcessAsync(p.Directory, new Dictionary<string, string?> { ["DATABASE_URL"] = url, [CSharpCompiler.EarlyVariable] = early }, args);

    [Fact]
    public async Task The_handed_over_files_compiled_early_are_applied_and_cached()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", Chat);
        var r = await Run(p, url, Early(p, "1700000000000_create-chat.cs"), "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(p.Directory, ".strata", "cache", "csharp"), "*.ref"));
    }

    [Fact]
    public async Task A_compile_error_found_early_still_names_file_and_line_and_nothing_runs()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_first", "create table first (id int);", "drop table first;");
        p.Write("migrations/1700000000001_broken.cs", Broken);
        var r = await Run(p, url, Early(p, "1700000000001_broken.cs"), "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"1700000000001_broken\.cs\(5,13\): error CS1061", r.Error);
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'first'", db));
    }

    [Fact]
    public async Task An_error_in_an_early_file_the_run_does_not_load_does_not_fail_it()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", Chat);
        p.Write("migrations/1700000000001_broken.cs", Broken);
        var r = await Run(p, url, Early(p, "1700000000000_create-chat.cs", "1700000000001_broken.cs"), "migrate", "up", "1");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
    }

    [Fact]
    public async Task An_early_list_naming_a_file_that_cannot_be_read_is_ignored()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", Chat);
        var r = await Run(p, url, Early(p, "1700000000000_create-chat.cs", "gone.cs"), "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pg_tables where tablename = 'chat'", db));
    }
}
