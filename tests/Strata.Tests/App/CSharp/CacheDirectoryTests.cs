using System.Text;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App.CSharp;

/// <summary>
/// .strata/cache/csharp is a convenience: a deploy never fails because it cannot be written or read, never
/// leaves half-written files, and never holds a secret or lets another user read it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class CacheDirectoryTests
{
    const string CreateChat = """
        public sealed class CreateChat : Migration
        {
            public override void Up(MigrationBuilder pgm) =>
                pgm.CreateTable("chat", new Columns { ["id"] = "id", ["title"] = new Column("text") { NotNull = true } });
        }
        """;

    static string Cache(TestProject p) => Path.Combine(p.Directory, ".strata", "cache", "csharp");

    /// <summary>
    /// The CLI as a user who cannot write the project: as root (where chmod stops nothing) the postgres user,
    /// else this user with the project made read-only.
    /// </summary>
    static async Task<CliResult> RunReadOnlyAsync(TestProject p, string url, params string[] args)
    {
        var psi = StrataCli.ProcessStart(p.Directory, new Dictionary<string, string?> { ["DATABASE_URL"] = url }, args);
        if (PostgresServer.IsRoot)
        {
            var inner = new List<string> { "-u", "postgres", "--", psi.FileName };
            inner.AddRange(psi.ArgumentList);
            psi.FileName = "runuser";
            psi.ArgumentList.Clear();
            foreach (var a in inner) psi.ArgumentList.Add(a);
        }
        else
        {
            File.SetUnixFileMode(p.Directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        try
        {
            return await StrataCli.RunProcessAsync(psi);
        }
        finally
        {
            if (!PostgresServer.IsRoot) File.SetUnixFileMode(p.Directory, (UnixFileMode)0b111_101_101);
        }
    }

    static IEnumerable<string> FilesUnder(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_project_the_user_cannot_write_still_applies_its_csharp_migrations_with_one_warning()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        p.Write("migrations/1700000000001_add-pinned.cs", """
            public sealed class AddPinned : Migration
            {
                public override void Up(MigrationBuilder pgm) => pgm.AddColumns("chat", new Columns { ["pinned"] = "boolean" });
            }
            """);
        var r = await RunReadOnlyAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["1700000000000_create-chat", "1700000000001_add-pinned"], await s.ColumnAsync("select name from pgmigrations order by id", db));
        Assert.Single(r.Error.Split('\n'), l => l.StartsWith("warning: cannot write the C# migration cache", StringComparison.Ordinal));
        Assert.Contains("permission denied", r.Error);
        Assert.False(Directory.Exists(Path.Combine(p.Directory, ".strata")));
    }

    [Fact]
    public async Task A_cache_left_read_only_by_another_user_is_read_and_never_written()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        p.Write("migrations/1700000000001_more.cs", "public sealed class More : Migration { public override void Up(MigrationBuilder pgm) => pgm.Sql(\"create table more (id int)\"); }");
        var before = FilesUnder(Cache(p)).Order().ToList();
        if (!PostgresServer.IsRoot) File.SetUnixFileMode(Cache(p), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var r = await RunReadOnlyAsync(p, url, "migrate");
        if (!PostgresServer.IsRoot) File.SetUnixFileMode(Cache(p), StrataFolder.PrivateDirectory);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("more", await s.ScalarAsync<string>("select to_regclass('more')::text", db));
        Assert.Equal(before, FilesUnder(Cache(p)).Order().ToList());
        Assert.DoesNotContain(FilesUnder(p.Directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*.dll")]
    [InlineData("*.pdb")]
    [InlineData("*.ref")]
    [InlineData("s*.json")]
    public async Task A_damaged_cache_entry_is_rebuilt_not_a_crash(string pattern)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        var damaged = Directory.GetFiles(Cache(p), pattern);
        Assert.NotEmpty(damaged);
        foreach (var f in damaged) File.WriteAllBytes(f, [0x4d, 0x5a, 0xff, 0x00, 0x7b]);
        // Without the kept SQL, the compiled assembly must serve (or be compiled again).
        if (pattern != "s*.json")
            foreach (var f in Directory.GetFiles(Cache(p), "s*.json")) File.Delete(f);
        // A real process: in this one the assembly is already loaded, and the damaged file would not be read.
        var r = await StrataCli.RunProcessAsync(p.Directory, new Dictionary<string, string?> { ["DATABASE_URL"] = url }, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("chat", await s.ScalarAsync<string>("select to_regclass('chat')::text", db));
    }

    [Fact]
    public async Task A_password_is_never_written_to_the_cache()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        const string literal = "Lit3ralRolePw-91", fromEnvironment = "EnvRolePw-77x";
        var variable = "STRATA_TEST_ROLE_PW_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var role = "r_" + Guid.NewGuid().ToString("N")[..8];
        p.Write("migrations/1700000000000_roles.cs", $$"""
            public sealed class Roles : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.CreateRole("{{role}}", login: true, password: "{{literal}}");
            }
            """);
        p.Write("migrations/1700000000001_more-roles.cs", $$"""
            public sealed class MoreRoles : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.Sql("alter role {{role}} password '" + Environment.GetEnvironmentVariable("{{variable}}") + "'");
            }
            """);
        try
        {
            Environment.SetEnvironmentVariable(variable, fromEnvironment);
            var r = await StrataCli.RunAsync(p, url, "migrate", "--dry-run");
            Assert.True(r.ExitCode == 0, r.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
        foreach (var file in FilesUnder(Path.Combine(p.Directory, ".strata")))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
                Assert.False(Contains(bytes, encoding.GetBytes(fromEnvironment)), $"{file} holds the password from the environment");
            // A literal is in the migration's source, and so in the assembly compiled from it; never in kept SQL.
            if (!file.EndsWith(".dll", StringComparison.Ordinal))
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(literal)), $"{file} holds the literal password");
        }
    }

    static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [Fact]
    public async Task Cache_files_are_private_to_the_user_and_strata_folder_ignores_itself_in_git()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        Assert.Equal("*\n", File.ReadAllText(Path.Combine(p.Directory, ".strata", ".gitignore")));
        var files = FilesUnder(Path.Combine(p.Directory, ".strata", "cache")).ToList();
        Assert.NotEmpty(files);
        foreach (var f in files) Assert.Equal(StrataFolder.PrivateFile, File.GetUnixFileMode(f));
        foreach (var d in new[] { Path.Combine(p.Directory, ".strata", "cache"), Cache(p) })
            Assert.Equal(StrataFolder.PrivateDirectory, File.GetUnixFileMode(d));
    }
}
