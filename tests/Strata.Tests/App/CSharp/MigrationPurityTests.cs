using Strata.Tests.Fixtures;

namespace Strata.Tests.App.CSharp;

/// <summary>
/// The SQL a C# migration built is reused only when the compiler proved that the file alone decides it; what
/// reads the world is built on every run, and what would break the run from inside is refused before it runs.
/// </summary>
public class MigrationPurityTests
{
    static string Cache(TestProject p) => Path.Combine(p.Directory, ".strata", "cache", "csharp");

    static string[] KeptScripts(TestProject p) =>
        Directory.Exists(Cache(p)) ? Directory.GetFiles(Cache(p), "s*.json") : [];

    static string Migration(string body, string members = "") => $$"""
        public sealed class Change : Migration
        {
            public override void Up(MigrationBuilder pgm)
            {
                {{body}}
            }
        {{members}}
        }
        """;

    [Fact]
    public async Task A_migration_that_reads_a_file_is_built_on_every_run_not_served_from_an_earlier_dry_run()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var seed = p.Write("seed.sql", "create table from_first_seed (id int)");
        p.Write("migrations/1700000000000_seed.cs", Migration($"pgm.Sql(System.IO.File.ReadAllText(@\"{seed}\"));"));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        p.Write("seed.sql", "create table from_second_seed (id int)");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("from_second_seed", await s.ScalarAsync<string>("select coalesce(to_regclass('from_first_seed'), to_regclass('from_second_seed'))::text", db));
        Assert.Empty(KeptScripts(p));
    }

    [Fact]
    public async Task A_migration_that_reads_an_environment_variable_uses_this_run_s_value_even_from_a_cached_assembly()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var variable = "STRATA_TEST_TENANT_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        p.Write("migrations/1700000000000_tenant.cs", Migration($"pgm.Sql($\"create table t_{{Environment.GetEnvironmentVariable(\"{variable}\")}} (id int)\");"));
        try
        {
            Environment.SetEnvironmentVariable(variable, "alpha");
            Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
            Environment.SetEnvironmentVariable(variable, "beta");
            // The assembly now comes from the cache: the verdict kept beside it still says "built on every run".
            var r = await StrataCli.RunAsync(p, url, "migrate");
            Assert.True(r.ExitCode == 0, r.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
        Assert.Equal("t_beta", await s.ScalarAsync<string>("select coalesce(to_regclass('t_alpha'), to_regclass('t_beta'))::text", db));
        Assert.Empty(KeptScripts(p));
    }

    [Theory]
    [InlineData("pgm.CreateTable(\"a\", new Columns { [\"id\"] = \"id\", [\"n\"] = new Column(\"text\") { NotNull = true } });")]
    [InlineData("pgm.Sql(string.Join(\"; \", new[] { 1, 2, 3 }.Select(i => $\"select {i * 2}\")));")]
    [InlineData("var sb = new System.Text.StringBuilder(); foreach (var c in \"ab\") sb.Append(c).Append(Math.Max(1, 2)); pgm.Sql(\"select '\" + sb + \"'\");")]
    [InlineData("var names = new List<string> { \"a\", \"b\" }; var d = new Dictionary<string, int>(); foreach (var n in names) d[n] = n.Length; pgm.Sql($\"select {d.Count}, {Twice(3)}\");", "static int Twice(int x) => x * 2;")]
    [InlineData("pgm.Sql($\"select '{new DateTime(2024, 1, 2):yyyy-MM-dd}'::date, '{Guid.Parse(\"6f9619ff-8b86-d011-b42d-00c04fc964ff\")}'::uuid\");")]
    public async Task A_migration_that_uses_only_the_builder_and_pure_code_is_kept(string body, string members = "")
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_change.cs", Migration(body, members));
        var r = await StrataCli.RunAsync(p, url, "migrate", "--dry-run");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Single(KeptScripts(p));
    }

    [Theory]
    [InlineData("pgm.Sql($\"select '{Environment.GetEnvironmentVariable(\"HOME\")}'\");")]
    [InlineData("pgm.Sql($\"select '{Environment.CurrentDirectory}'\");")]
    [InlineData("pgm.Sql($\"select '{DateTime.UtcNow:O}'\");")]
    [InlineData("pgm.Sql($\"select '{DateTimeOffset.Now:O}'\");")]
    [InlineData("pgm.Sql($\"select '{Guid.NewGuid()}'\");")]
    [InlineData("pgm.Sql($\"select {new Random().Next()}\");")]
    [InlineData("pgm.Sql($\"select {Random.Shared.Next()}\");")]
    [InlineData("pgm.Sql($\"select {\"x\".GetHashCode()}\");")]
    [InlineData("pgm.Sql($\"select {System.IO.Directory.GetFiles(\"/\").Length}\");")]
    [InlineData("Func<string, string?> read = Environment.GetEnvironmentVariable; pgm.Sql($\"select '{read(\"HOME\")}'\");")]
    [InlineData("pgm.Sql($\"select {Helper()}\");", "static int Helper() => Environment.ProcessorCount;")]
    [InlineData("try { pgm.Db.SelectAsync(\"select 1\").Wait(); } catch { } pgm.Sql(\"select 1\");")]
    [InlineData("pgm.Sql($\"select '{Type.GetType(\"System.Environment\")}'\");")]
    [InlineData("pgm.Sql($\"select '{1.5}'\" + System.Globalization.CultureInfo.CurrentCulture.Name);")]
    public async Task A_migration_that_reads_anything_but_its_text_is_never_kept(string body, string members = "")
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_change.cs", Migration(body, members));
        var r = await StrataCli.RunAsync(p, url, "migrate", "--dry-run");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Empty(KeptScripts(p));
    }

    [Theory]
    [InlineData("Environment.Exit(0);", "Environment.Exit")]
    [InlineData("Environment.FailFast(\"stop\");", "Environment.FailFast")]
    [InlineData("System.Diagnostics.Process.Start(\"true\");", "Process.Start")]
    [InlineData("System.IO.Directory.SetCurrentDirectory(\"/\");", "Directory.SetCurrentDirectory")]
    [InlineData("Environment.CurrentDirectory = \"/\";", "Environment.CurrentDirectory")]
    public async Task A_call_that_would_break_the_run_from_inside_a_migration_is_refused_before_anything_runs(string call, string named)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_first", "create table first (id int);");
        p.Write("migrations/1700000000001_change.cs", Migration("pgm.Sql(\"create table second (id int)\");\n        " + call));
        // A real process: before this was refused, Environment.Exit ended the process that ran it.
        var r = await StrataCli.RunProcessAsync(p.Directory, new Dictionary<string, string?> { ["DATABASE_URL"] = url }, "migrate");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("1700000000001_change.cs:6:9: ", r.Error);
        Assert.Contains(named, r.Error);
        Assert.DoesNotContain("   at ", r.All);
        Assert.Null(await s.ScalarAsync<string>("select coalesce(to_regclass('first'), to_regclass('second'))::text", db));
    }

    [Fact]
    public async Task Naming_a_refused_member_without_calling_it_is_allowed()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_change.cs", Migration("pgm.Sql($\"select '{nameof(Environment.Exit)}'\");"));
        var r = await StrataCli.RunAsync(p, url, "migrate", "--dry-run");
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Theory]
    [InlineData("pgm.Sql(Name);", "static readonly string Name = Compute();\n    static string Compute() => throw new InvalidOperationException(\"no name\");", 8, "InvalidOperationException: no name")]
    [InlineData("pgm.Sql(\"select 1\");", "public Change()\n    {\n        throw new InvalidOperationException(\"in the constructor\");\n    }", 9, "InvalidOperationException: in the constructor")]
    [InlineData("pgm.Sql(\"select 1\");\n        var parts = \"a\".Split(',');\n        pgm.Sql(parts[3]);", "", 7, "IndexOutOfRangeException")]
    public async Task An_exception_a_migration_throws_names_the_line_that_threw(string body, string members, int line, string what)
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_change.cs", Migration(body, members));
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"1700000000000_change.cs:{line}: ", r.Error);
        Assert.Contains(what, r.Error);
        Assert.DoesNotContain("TypeInitialization", r.Error);
    }
}
