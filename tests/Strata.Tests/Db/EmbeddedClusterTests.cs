using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>The embedded cluster's lifecycle through the real CLI process: start, reuse, stop, restart.</summary>
public class EmbeddedClusterTests
{
    static readonly Dictionary<string, string?> NoUrl = new() { ["DATABASE_URL"] = null, ["CI"] = null };

    [Fact]
    public async Task Embedded_database_starts_is_reused_stops_and_restarts()
    {
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        try
        {
            var first = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "migrate", "up");
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Contains("Started the embedded PostgreSQL", first.Error);
            Assert.Contains("new cluster", first.Error);
            Assert.True(File.Exists(Path.Combine(p.Directory, ".strata", "pg", "data", "PG_VERSION")));
            Assert.Equal("*\n", File.ReadAllText(Path.Combine(p.Directory, ".strata", ".gitignore")));

            var second = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "migrate", "up");
            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.DoesNotContain("Started", second.Error);
            Assert.Contains("No migrations to run", second.Out);

            var url = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "db", "url");
            Assert.Matches(@"^postgresql://postgres@127\.0\.0\.1:\d+/strata\s*$", url.Out);

            var status = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "db", "status");
            Assert.Contains("is running on port", status.Out);

            var stop = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "db", "stop");
            Assert.True(stop.ExitCode == 0, stop.ToString());
            Assert.Contains("Stopped", stop.Out);
            Assert.Contains("stopped", (await StrataCli.RunProcessAsync(p.Directory, NoUrl, "db", "status")).Out);

            var again = await StrataCli.RunProcessAsync(p.Directory, NoUrl, "migrate", "up");
            Assert.True(again.ExitCode == 0, again.ToString());
            Assert.Contains("Started the embedded PostgreSQL", again.Error);
            Assert.DoesNotContain("new cluster", again.Error);
            Assert.Contains("No migrations to run", again.Out);
        }
        finally
        {
            await StrataCli.RunProcessAsync(p.Directory, NoUrl, "db", "stop");
        }
    }

    [Theory]
    [InlineData("with space")]
    [InlineData("p$(touch PWNED)`touch PWNED2`$HOME")]
    [InlineData("q'uo\"te\\back,slash ünï")]
    public async Task A_project_path_with_shell_characters_works_end_to_end_and_runs_nothing(string name)
    {
        using var parent = new TestProject();
        var dir = Path.Combine(parent.Directory, name);
        Directory.CreateDirectory(Path.Combine(dir, "migrations"));
        File.WriteAllText(Path.Combine(dir, "migrations", "1700000000000_a.sql"), "-- Up Migration\ncreate table a (id int);\n");
        try
        {
            var start = await StrataCli.RunProcessAsync(dir, NoUrl, "db", "start");
            Assert.True(start.ExitCode == 0, start.ToString());
            var status = await StrataCli.RunProcessAsync(dir, NoUrl, "db", "status");
            Assert.Contains("is running on port", status.Out);
            var up = await StrataCli.RunProcessAsync(dir, NoUrl, "up");
            Assert.True(up.ExitCode == 0, up.ToString());
            Assert.Contains("1700000000000_a", up.Out);
            var url = (await StrataCli.RunProcessAsync(dir, NoUrl, "db", "url")).Out.Trim();
            await using (var conn = new Npgsql.NpgsqlConnection(Strata.Db.ConnectionUrl.Parse(url).ToNpgsql().ConnectionString))
            {
                await conn.OpenAsync();
                await using var cmd = new Npgsql.NpgsqlCommand("select count(*) from pgmigrations", conn);
                Assert.Equal(1L, await cmd.ExecuteScalarAsync());
            }
            var stop = await StrataCli.RunProcessAsync(dir, NoUrl, "db", "stop");
            Assert.True(stop.ExitCode == 0, stop.ToString());
            Assert.Contains("Stopped", stop.Out);
            Assert.True((await StrataCli.RunProcessAsync(dir, NoUrl, "db", "start")).ExitCode == 0);
            // The same port after a restart: the URL printed before still works.
            Assert.Equal(url, (await StrataCli.RunProcessAsync(dir, NoUrl, "db", "url")).Out.Trim());
            Assert.Empty(Directory.GetFiles(parent.Directory, "PWNED*", SearchOption.AllDirectories));
            Assert.False(File.Exists("/PWNED") || File.Exists("/PWNED2"));
        }
        finally
        {
            await StrataCli.RunProcessAsync(dir, NoUrl, "db", "stop");
        }
    }

    [Fact]
    public void Without_server_programs_the_error_says_how_to_install_them()
    {
        using var p = new TestProject();
        var e = Assert.Throws<StrataException>(() => Strata.Db.PostgresBinaries.Find([p.Directory, "/nonexistent"]));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains("apt-get install -y postgresql", e.Message);
    }

    [Fact]
    public void Server_programs_are_found_in_the_first_directory_that_has_them()
    {
        using var p = new TestProject();
        var bin = Path.Combine(p.Directory, "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "initdb"), "");
        File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        Assert.Equal(bin, Strata.Db.PostgresBinaries.Find([p.Directory, bin]).BinDir);
    }
}
