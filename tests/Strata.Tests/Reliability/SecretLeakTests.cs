using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// One distinctive password, given by each source in turn (URL, keyword/value, .env, PGPASSWORD, the
/// config's url), through every command and failure path, plain, --json and --verbose: it never appears in
/// stdout, stderr or any file Strata wrote, as written or in any escaping (JSON, percent-encoding, SQL quoting).
/// docs/reliability.md lists the sources and outputs.
/// </summary>
public class SecretLeakTests
{
    // '&' '<' '>' '+' and 'ü' are escaped by JSON writers, '\'' is doubled by SQL quoting, most are percent-encoded.
    const string Pw = "Lk9&Pw'd+Zq<7>ü";
    static readonly string Enc = Uri.EscapeDataString(Pw);

    /// <summary>How a source hands Strata a connection (to 127.0.0.1:port/db, extra URL parameters, or a malformed variant).</summary>
    sealed record Connection(string Db, int Port, string? Query = null, bool Malformed = false);

    sealed record Source(string Name, Action<TestProject, Connection, Dictionary<string, string?>, List<string>> Apply)
    {
        public override string ToString() => Name;
    }

    static string Url(Connection c) => c.Malformed
        ? $"postgresql://postgres:{Enc}/{c.Db}"
        : $"postgresql://postgres:{Enc}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable{(c.Query is null ? "" : "&" + c.Query)}";

    static string KeywordValue(Connection c) =>
        $"host=127.0.0.1 port={c.Port} dbname={c.Db} user=postgres sslmode=disable {(c.Query ?? "").Replace('&', ' ')} " +
        (c.Malformed ? $"password={Pw} unquoted" : $"password='{Pw.Replace("\\", "\\\\").Replace("'", "\\'")}'");

    static readonly Source[] Sources =
    [
        new("--database-url", (p, c, env, args) => args.AddRange(["--database-url", Url(c)])),
        new("keyword/value in DATABASE_URL", (p, c, env, args) => env["DATABASE_URL"] = KeywordValue(c)),
        new(".env", (p, c, env, args) => p.Write(".env", $"# the app's settings\nDATABASE_URL='{Url(c)}'\n")),
        new("PGPASSWORD", (p, c, env, args) =>
        {
            env["PGPASSWORD"] = Pw;
            env["DATABASE_URL"] = c.Malformed ? $"postgresql://postgres:{Enc}/{c.Db}" : Url(c).Replace($":{Enc}@", "@");
        }),
        new("config url", (p, c, env, args) => Config(p, Url(c))),
    ];

    public static TheoryData<string> SourceNames() => new(Sources.Select(s => s.Name));

    static void Config(TestProject p, string? url) => p.Write(".migraterc.json",
        $$"""{ {{(url is null ? "" : $"\"url\": {JsonSerializer.Serialize(url)},")}} "auth": { "emailAndPassword": { "enabled": true } } }""");

    [Theory]
    [MemberData(nameof(SourceNames))]
    public async Task No_command_or_failure_prints_or_writes_the_password(string sourceName)
    {
        var source = Sources.Single(s => s.Name == sourceName);
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        Config(p, null);
        var sqlPw = Pw.Replace("'", "''");
        p.AddSql("1700000000000_a", $"create table a (id int);\ncomment on table a is '{sqlPw}';", "drop table a;");
        p.Write("migrations/1700000000001_b.cs", "public sealed class B : Migration\n{\n    public override void Up(MigrationBuilder pgm) => pgm.CreateTable(\"b\", new Columns { [\"id\"] = \"id\" });\n}\n");
        var good = new Connection(db, s.Port);
        var runs = new List<CliResult>();

        async Task<CliResult> Run(Connection c, params string[] command)
        {
            CliResult last = null!;
            foreach (var mode in new[] { Array.Empty<string>(), ["--json"], ["--verbose"] })
            {
                var env = new Dictionary<string, string?>();
                var args = new List<string>(command);
                source.Apply(p, c, env, args);
                args.AddRange(mode);
                last = await StrataCli.RunAsync(p.Directory, env, [.. args]);
                runs.Add(last);
            }
            return last;
        }

        Assert.Equal(0, (await Run(good, "up", "--dry-run")).ExitCode);
        var up = await Run(good, "up");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(2L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
        await Run(good, "status");
        await Run(good, "migrate", "redo");
        await Run(good, "migrate", "down", "--dry-run");
        await Run(good, "auth", "generate", "--yes");
        await Run(good, "migrate", "create", "next", "--language", "sql");

        // A failing statement that holds the password: the message and the statement mask it.
        p.AddSql("1700000000002_fails", $"select '{sqlPw}'::int;");
        var failed = await Run(good, "migrate", "up");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains(Strata.Secrets.Mask, failed.All);
        File.Delete(Path.Combine(p.MigrationsDir, "1700000000002_fails.sql"));

        Assert.Equal(1, (await Run(good with { Port = ClosedPort() }, "status")).ExitCode);
        Assert.Equal(1, (await Run(good with { Db = "no_such_db_" + db }, "up")).ExitCode);
        Assert.Equal(2, (await Run(good with { Query = "sslmode=nope" }, "up")).ExitCode);
        Assert.Equal(2, (await Run(good with { Malformed = true }, "status")).ExitCode);

        var leaks = new List<string>();
        foreach (var r in runs)
            foreach (var (form, text) in Forms())
                if (r.All.Contains(text, StringComparison.Ordinal)) leaks.Add($"{form} in output:\n{r}");
        foreach (var file in Directory.GetFiles(p.Directory, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(p.Directory, file);
            if (rel is ".env" or ".migraterc.json" || rel.StartsWith("migrations", StringComparison.Ordinal)) continue;
            var content = File.ReadAllText(file);
            foreach (var (form, text) in Forms())
                if (content.Contains(text, StringComparison.Ordinal)) leaks.Add($"{form} in {rel}");
        }
        Assert.True(leaks.Count == 0, string.Join("\n\n", leaks.Take(3)));
    }

    static IEnumerable<(string Form, string Text)> Forms()
    {
        var sql = Pw.Replace("'", "''");
        yield return ("the password", Pw);
        yield return ("the JSON-escaped password", JsonSerializer.Serialize(Pw).Trim('"'));
        yield return ("the JSON-escaped SQL literal", JsonSerializer.Serialize(sql).Trim('"'));
        yield return ("the password with every character \\u-escaped", string.Concat(Pw.Select(ch => $"\\u{(int)ch:X4}")));
        yield return ("the percent-encoded password", Enc);
        yield return ("the lower-case percent-encoded password", System.Text.RegularExpressions.Regex.Replace(Enc, "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant()));
        yield return ("the SQL literal", sql);
        yield return ("a long piece of the password", Pw[..9]);
    }

    static int ClosedPort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
