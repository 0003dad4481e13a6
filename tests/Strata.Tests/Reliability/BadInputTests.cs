using System.Text;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>What a bad-input case starts from: a fresh database, its password URL, a project.</summary>
public sealed record BadInputContext(PostgresServer Server, string Db, string Url, TestProject Project)
{
    public string UrlWith(string query) => Server.PasswordUrl(Db, query: query);
}

/// <summary>
/// One bad input: how to set it up, the command line, the exit code, the words that name the culprit,
/// and whether the run may change the database (only the cases that are meant to succeed).
/// </summary>
public sealed record BadInput(
    string Name,
    int Exit,
    string[] Culprit,
    Func<BadInputContext, Task>? Setup = null,
    Func<BadInputContext, string?>? Url = null,
    Func<BadInputContext, string[]>? Args = null,
    bool Changes = false,
    string? OtherSecret = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// The table-driven bad-input suite: each case runs `migrate up` in-process three times — plain, --verbose
/// and --json — checking the exit code, that the message names the culprit, that no stack trace is printed
/// without --verbose, that the password is never printed, and that the database is unchanged.
/// </summary>
public class BadInputTests
{
    static readonly string[] Up = ["migrate", "up"];

    static Func<BadInputContext, Task> Sql(params (string Name, string Text)[] files) => c =>
    {
        foreach (var (n, t) in files) c.Project.Write(Path.Combine("migrations", n), t);
        return Task.CompletedTask;
    };

    static Func<BadInputContext, Task> Config(string json, params (string Name, string Text)[] files) => c =>
    {
        c.Project.Write(".migraterc.json", json);
        foreach (var (n, t) in files) c.Project.Write(Path.Combine("migrations", n), t);
        return Task.CompletedTask;
    };

    static readonly (string, string) OneTable = ("1700000000000_a.sql", "-- Up Migration\ncreate table a (id int);\n-- Down Migration\ndrop table a;\n");

    static Func<BadInputContext, Task> Applied(params string[] names) => async c =>
    {
        foreach (var n in names) c.Project.AddSql(n, $"create table t{n[^1]} (id int);", $"drop table t{n[^1]};");
        var r = await StrataCli.RunAsync(c.Project.Directory, Rel.Env(c.Url), "migrate", "up");
        Assert.True(r.ExitCode == 0, r.ToString());
    };

    static string Huge()
    {
        // About 10 MB: a long comment block and 40,000 single-row inserts.
        var sb = new StringBuilder("-- Up Migration\ncreate table big (id int primary key, pad text);\n");
        var comment = "-- " + new string('x', 200) + "\n";
        while (sb.Length < 5_000_000) sb.Append(comment);
        for (int i = 0; i < 40_000; i++) sb.Append("insert into big values (").Append(i).Append(", '").Append('y', 100).Append("');\n");
        sb.Append("-- Down Migration\ndrop table big;\n");
        return sb.ToString();
    }

    static readonly string NotCompiling = """
        public sealed class Broken : Migration
        {
            public override void Up(MigrationBuilder pgm)
            {
                pgm.CreateTable("x", new Columns { ["id"] = "id" })
                this is not csharp;
            }
        }
        """;

    public static readonly BadInput[] Cases =
    [
        // URLs
        new("url: wrong scheme", 2, ["mysql", "DATABASE_URL"], Sql(OneTable), Url: c => c.Url.Replace("postgresql://", "mysql://")),
        new("url: port out of range", 2, ["99999"], Sql(OneTable), Url: c => c.Url.Replace($":{c.Server.Port}/", ":99999/")),
        new("url: port not a number", 2, ["port", "abc"], Sql(OneTable), Url: c => c.Url.Replace($":{c.Server.Port}/", ":abc/")),
        new("url: unclosed IPv6 bracket", 2, ["["], Sql(OneTable), Url: c => c.Url.Replace("127.0.0.1", "[::1")),
        new("url: bad percent-encoding in the password", 2, ["percent-encoding", "password"], Sql(OneTable),
            Url: c => c.Url.Replace(Uri.EscapeDataString(PostgresServer.Password), "S3cr3t-p%zzss")),
        new("url: unknown parameter", 2, ["frobnicate"], Sql(OneTable), Url: c => c.UrlWith("sslmode=disable&frobnicate=1")),
        new("url: unknown sslmode", 2, ["sslmode", "maybe"], Sql(OneTable), Url: c => c.UrlWith("sslmode=maybe")),
        new("url: parameter without a value", 2, ["sslmode"], Sql(OneTable), Url: c => c.UrlWith("sslmode")),
        new("url: connect_timeout not a number", 2, ["connect_timeout"], Sql(OneTable), Url: c => c.UrlWith("connect_timeout=soon")),
        new("url: unknown target_session_attrs", 2, ["target_session_attrs"], Sql(OneTable), Url: c => c.UrlWith("target_session_attrs=sometimes")),
        new("url: neither a URL nor key=value", 2, ["neither"], Sql(OneTable), Url: _ => "just some words"),
        new("url: key=value with an unclosed quote", 2, ["password", "quote"], Sql(OneTable),
            Url: c => $"host=127.0.0.1 port={c.Server.Port} dbname={c.Db} user=strata_pw password='{PostgresServer.Password}"),
        new("url: bad --database-url names the flag", 2, ["--database-url", "sslmode"], Sql(OneTable),
            Args: c => ["migrate", "up", "--database-url", c.UrlWith("sslmode=sometimes")]),
        new("db: wrong password", 1, ["password authentication failed", PostgresServer.PasswordUser], Sql(OneTable),
            Url: c => c.Url.Replace(Uri.EscapeDataString(PostgresServer.Password), "Wr0ng-Passw0rd"), OtherSecret: "Wr0ng-Passw0rd"),
        new("db: server down", 1, ["connection refused", "127.0.0.1"], Sql(OneTable), Url: c => c.Url.Replace($":{c.Server.Port}/", $":{FreePort()}/")),
        new("db: database missing", 1, ["does not exist", "no_such_db"], Sql(OneTable), Url: c => c.Url.Replace($"/{c.Db}?", "/no_such_db?")),
        new("db: verify-full without a CA", 1, ["certificate", "verify-full", "sslrootcert"], Sql(OneTable), Url: c => c.UrlWith("sslmode=verify-full")),
        new("db: sslrootcert file missing", 2, ["sslrootcert", "no-such-ca.pem"], Sql(OneTable), Url: c => c.UrlWith("sslmode=verify-ca&sslrootcert=/no-such-ca.pem")),
        new("db: SSL-only role with sslmode=disable", 1, [PostgresServer.SslOnlyUser], Sql(OneTable),
            Url: c => $"postgresql://{PostgresServer.SslOnlyUser}@127.0.0.1:{c.Server.Port}/{c.Db}?sslmode=disable"),

        new("db: no server socket in that directory", 1, [".s.PGSQL.1", "socket directory"], Sql(OneTable),
            Url: c => $"host={c.Project.Directory} port=1 user=postgres dbname={c.Db}"),
        new("db: schema does not exist", 1, ["schema \"nope\" does not exist", "create-schema"], Config("""{ "schema": "nope" }""", OneTable)),
        new("db: migrations-schema does not exist", 1, ["schema \"nope2\" does not exist", "create-migrations-schema"], Config("""{ "migrations-schema": "nope2" }""", OneTable)),
        new("db: a role without CREATE on the schema", 1, ["permission denied for schema public", "GRANT CREATE"], async c =>
        {
            await c.Server.ExecuteAsync($"CREATE ROLE nocreate_{c.Db} LOGIN");
            await Sql(OneTable)(c);
        }, Url: c => $"postgresql://nocreate_{c.Db}@127.0.0.1:{c.Server.Port}/{c.Db}?sslmode=disable"),
        new("db: a read-only database", 1, ["read-only transaction", "default_transaction_read_only"], async c =>
        {
            await c.Server.ExecuteAsync($"ALTER DATABASE {c.Db} SET default_transaction_read_only = on");
            await Sql(OneTable)(c);
        }),
        new("db: the server's statement_timeout ends the wait for the lock", 1, ["statement_timeout", "lock-wait-timeout", "held by"], async c =>
        {
            await HoldLockAsync(c);
            await Sql(OneTable)(c);
        }, Url: c => c.UrlWith("sslmode=disable&options=-c%20statement_timeout%3D300")),
        new("db: verify-full by an address the certificate does not name", 1, ["server certificate for \"localhost\" does not match host name \"127.0.0.1\""], Sql(OneTable),
            Url: c => c.UrlWith($"sslmode=verify-full&sslrootcert={Uri.EscapeDataString(c.Server.CaCertificate)}")),
        new("files: a deferred constraint fails at COMMIT", 1, ["1700000000001_b", "violates foreign key constraint", "at COMMIT", "deferred constraint"], Sql(
            ("1700000000000_a.sql", "-- Up Migration\ncreate table p (id int primary key);\ncreate table c (pid int references p deferrable initially deferred);\n"),
            ("1700000000001_b.sql", "-- Up Migration\ninsert into c values (42);\n"))),

        // .migraterc.json
        new("config: lock-wait-timeout beyond PostgreSQL's range", 2, ["lock-wait-timeout", "24.8 days"], Config("""{ "lock-wait-timeout": "1000h" }""", OneTable)),
        new("config: lock-timeout beyond PostgreSQL's range", 2, ["lock-timeout", "24.8 days", "0 to turn it off"], Config("""{ "lock-timeout": 3000000000 }""", OneTable)),
        new("config: a duration too large for any clock", 2, ["lock-timeout", "24.8 days"], Config("""{ "lock-timeout": "99999999999999999h" }""", OneTable)),
        new("config: nested deeper than JSON's limit", 2, [".migraterc.json", "depth of 64"], Config(string.Concat(Enumerable.Repeat("{\"db\":", 100)) + "1" + new string('}', 100), OneTable)),
        new("config: --config in another folder resolves migrations-dir against the project", 0, ["Applied 1 migration"], c =>
        {
            c.Project.Write("conf/cfg.json", """{ "migrations-dir": "mig" }""");
            c.Project.Write("conf/mig/1700000000000_wrong.sql", "-- Up Migration\nselect 1/0;\n");
            c.Project.Write("mig/1700000000000_right.sql", "-- Up Migration\ncreate table a (id int);\n");
            return Task.CompletedTask;
        }, Args: c => ["migrate", "up", "--config", Path.Combine(c.Project.Directory, "conf", "cfg.json")], Changes: true),
        new("config: malformed JSON", 2, [".migraterc.json", "line 2"], Config("{\n  \"check-order\": tru\n}", OneTable)),
        new("config: empty file", 2, [".migraterc.json", "JSON"], Config("", OneTable)),
        new("config: top level is an array", 2, [".migraterc.json", "top level"], Config("[]", OneTable)),
        new("config: unknown key", 2, ["migrations-dirr"], Config("""{ "migrations-dirr": "m" }""", OneTable)),
        new("config: unknown key under db", 2, ["db.frob"], Config("""{ "db": { "frob": 1 } }""", OneTable)),
        new("config: wrong type", 2, ["check-order", "\"yes\""], Config("""{ "check-order": "yes" }""", OneTable)),
        new("config: bad duration", 2, ["lock-timeout", "ten seconds"], Config("""{ "lock-timeout": "ten seconds" }""", OneTable)),
        new("config: bad regular expression", 2, ["ignore-pattern"], Config("""{ "ignore-pattern": "(" }""", OneTable)),
        new("config: split connection keys", 2, ["\"host\"", "URL"], Config("""{ "host": "localhost" }""", OneTable)),
        new("config: bad advisory-lock-scope", 2, ["advisory-lock-scope"], Config("""{ "advisory-lock-scope": "global" }""", OneTable)),
        new("config: unreadable (a directory in its place)", 2, [".migraterc.json", "directory"], c =>
        {
            Directory.CreateDirectory(Path.Combine(c.Project.Directory, ".migraterc.json"));
            return Sql(OneTable)(c);
        }),
        new("config: --config names a missing file", 2, ["missing.json"], Sql(OneTable), Args: _ => ["migrate", "up", "--config", "missing.json"]),
        new("config: migrations-dir does not exist", 2, ["nowhere", "migrations-dir"], Config("""{ "migrations-dir": "nowhere" }""")),
        new("config: migrations-dir is a file", 2, ["afile"], c =>
        {
            c.Project.Write("afile", "x");
            return Config("""{ "migrations-dir": "afile" }""")(c);
        }),

        // .env
        new(".env: quotes, export and comments", 0, ["Applied 1 migration"], c =>
        {
            c.Project.Write(".env", $"# the database\nexport DATABASE_URL=\"{c.Url}\"   # trailing comment\nOTHER='x' # more\n");
            return Sql(OneTable)(c);
        }, Url: _ => null, Changes: true),
        new(".env: single quotes", 0, ["Applied 1 migration"], c =>
        {
            c.Project.Write(".env", $"DATABASE_URL='{c.Url}'\n");
            return Sql(OneTable)(c);
        }, Url: _ => null, Changes: true),
        new(".env: --env-path names a missing file", 2, ["nope.env"], Sql(OneTable), Args: _ => ["migrate", "up", "--env-path", "nope.env"]),
        new(".env: bad URL in .env names the file", 2, ["DATABASE_URL in .env", "sslmode"], c =>
        {
            c.Project.Write(".env", $"DATABASE_URL={c.UrlWith("sslmode=bogus")}\n");
            return Sql(OneTable)(c);
        }, Url: _ => null),

        // migration files
        new("files: duplicate name as .sql and .cs", 2, ["1700000000000_a", "1700000000000_a.sql", "1700000000000_a.cs"],
            Sql(OneTable, ("1700000000000_a.cs", "public sealed class A : Migration { }"))),
        new("files: a C# migration that does not compile", 2, ["1700000000001_broken.cs", "6"], Sql(OneTable, ("1700000000001_broken.cs", NotCompiling))),
        new("files: SQL syntax error at line 4", 1, ["1700000000001_b.sql:4", "syntax error", "creat tabel"],
            Sql(OneTable, ("1700000000001_b.sql", "-- Up Migration\ncreate table b (id int);\n\ncreat tabel c (id int);\n"))),
        new("files: runtime error at line 3", 1, ["1700000000001_b.sql:3", "division by zero"],
            Sql(OneTable, ("1700000000001_b.sql", "-- Up Migration\ncreate table b (id int);\nselect 1/0;\n"))),
        new("files: an applied migration missing from disk", 2, ["1700000000009_z", "check-order"], async c =>
        {
            await Applied("1700000000009_z")(c);
            File.Delete(Path.Combine(c.Project.MigrationsDir, "1700000000009_z.sql"));
            await Sql(OneTable)(c);
        }),
        new("files: out-of-order history with check-order", 2, ["1700000000000_a.sql", "1700000000005_e", "check-order"], async c =>
        {
            await Applied("1700000000005_e")(c);
            await Sql(OneTable)(c);
        }),
        new("files: CREATE INDEX CONCURRENTLY inside a transaction", 2, ["1700000000001_idx.sql", "create index concurrently", "no-transaction"],
            Sql(OneTable, ("1700000000001_idx.sql", "-- Up Migration\ncreate index concurrently a_id on a (id);\n"))),
        new("files: VACUUM inside a transaction", 2, ["1700000000001_v.sql", "vacuum"], Sql(OneTable, ("1700000000001_v.sql", "-- Up Migration\nvacuum a;\n"))),
        new("files: COMMIT inside a migration", 2, ["1700000000001_c.sql", "commit"], Sql(OneTable, ("1700000000001_c.sql", "-- Up Migration\ncommit;\n"))),
        new("files: no numeric prefix", 2, ["create_a.sql", "number"], Sql(OneTable, ("create_a.sql", "-- Up Migration\nselect 1;\n"))),
        new("files: not a migration extension", 2, ["notes.txt"], Sql(OneTable, ("notes.txt", "hello"))),
        new("files: a pending .js migration", 2, ["1700000000001_x.js", "node-pg-migrate"], Sql(OneTable, ("1700000000001_x.js", "exports.up = () => {};"))),
        new("files: empty migration file succeeds and is recorded", 0, ["Applied 2 migrations"], Sql(OneTable, ("1700000000001_empty.sql", "")), Changes: true),
        new("files: only the Up marker succeeds", 0, ["Applied 2 migrations"], Sql(OneTable, ("1700000000001_marker.sql", "-- Up Migration\n")), Changes: true),
        new("files: 10 MB migration works", 0, ["Applied 1 migration"], Sql(("1700000000000_big.sql", Huge())), Changes: true),
        new("files: 10 MB migration with an error at the end fails clearly", 1, ["1700000000000_big.sql", "duplicate key"],
            Sql(("1700000000000_big.sql", Huge().Replace("-- Down Migration", "insert into big values (1, 'dup');\n-- Down Migration")))),
        new("files: unreadable migration (a dangling symlink)", 2, ["1700000000001_link.sql"], c =>
        {
            File.CreateSymbolicLink(Path.Combine(c.Project.MigrationsDir, "1700000000001_link.sql"), "/nonexistent/strata-migration.sql");
            return Sql(OneTable)(c);
        }),

        // the command line
        new("cli: create with a / in the name", 2, ["a/b", "path separator"], Sql(OneTable), Args: _ => ["migrate", "create", "a/b", "--language", "sql"]),
        new("cli: create with .. as the name", 2, ["..", "path separator"], Sql(OneTable), Args: _ => ["migrate", "create", "..", "--language", "sql"]),
        new("cli: up NAME that does not exist", 2, ["1700000000099_nope"], Sql(OneTable), Args: _ => ["migrate", "up", "1700000000099_nope"]),
        new("cli: down NAME that was not applied", 2, ["1700000000000_a", "has not been applied"], Sql(OneTable), Args: _ => ["migrate", "down", "1700000000000_a"]),
        new("cli: unknown option", 2, ["--frobnicate"], Sql(OneTable), Args: _ => ["migrate", "up", "--frobnicate"]),
        new("cli: bad --language", 2, ["rust", "'cs'"], Sql(OneTable), Args: _ => ["migrate", "create", "x", "--language", "rust"]),
        new("cli: create with a 300-character name", 2, ["300 characters", "varchar(255)", "file name"], Sql(OneTable),
            Args: _ => ["migrate", "create", new string('n', 300), "--language", "sql"]),
        new("cli: create with a line break in the name", 2, ["line break"], Sql(OneTable), Args: _ => ["migrate", "create", "a\nb", "--language", "sql"]),
        new("cli: create beside a file with a 29-digit prefix", 2, ["12345678901234567890123456789_x.sql", "29 digits"],
            Sql(OneTable, ("12345678901234567890123456789_x.sql", "-- Up Migration\nselect 1;\n")), Args: _ => ["migrate", "create", "y", "--language", "sql"]),
        new("cli: create where the folder cannot be written", 2, ["/sys/kernel/strata-migrations", "denied"],
            Config("""{ "migrations-dir": "/sys/kernel/strata-migrations" }"""), Args: _ => ["migrate", "create", "x", "--language", "sql"]),
    ];

    public static TheoryData<BadInput> All()
    {
        var data = new TheoryData<BadInput>();
        foreach (var c in Cases) data.Add(c);
        return data;
    }

    /// <summary>
    /// Another session holding the migration lock in the case's database until the test run ends (the case runs strata
    /// three times, and each must find the lock held).
    /// </summary>
    static async Task HoldLockAsync(BadInputContext c)
    {
        var conn = new Npgsql.NpgsqlConnection(c.Server.AdminConnectionString(c.Db));
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("select pg_advisory_lock(7241865325823964)", conn);
        await cmd.ExecuteNonQueryAsync();
        lock (Holders) Holders.Add(conn);
    }

    static readonly List<Npgsql.NpgsqlConnection> Holders = [];

    /// <summary>.NET resource keys (what UseSystemResourceKeys prints instead of a message) and the catch-all's words.</summary>
    static readonly System.Text.RegularExpressions.Regex ResourceKey = new(@"\b(?:IO|Arg|net|Argument|UnauthorizedAccess|InvalidOperation|NotSupported|Serialization)_\w+|ObjectDepthTooLarge|unexpected \w+Exception");

    static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_deferred_constraint_failing_at_COMMIT_is_a_failure_object_in_json()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        await Cases.Single(c => c.Name == "files: a deferred constraint fails at COMMIT").Setup!(new BadInputContext(s, db, url, p));
        var r = await StrataCli.RunAsync(p.Directory, Rel.Env(url), "migrate", "up", "--json");
        Assert.Equal(1, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Out);
        var failure = json.RootElement.GetProperty("failure");
        Assert.Equal("1700000000001_b", failure.GetProperty("migration").GetString());
        Assert.Equal("COMMIT", failure.GetProperty("statement").GetString());
        Assert.Equal("23503", failure.GetProperty("sqlState").GetString());
    }

    [Fact]
    public void There_are_at_least_40_cases() => Assert.True(Cases.Length >= 40, Cases.Length.ToString());

    [Theory]
    [MemberData(nameof(All))]
    public async Task Bad_input_fails_clearly_and_changes_nothing(BadInput bad)
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        var ctx = new BadInputContext(s, db, s.PasswordUrl(db), p);
        if (bad.Setup is not null) await bad.Setup(ctx);
        var url = bad.Url is null ? ctx.Url : bad.Url(ctx);
        var args = bad.Args?.Invoke(ctx) ?? Up;
        var before = await Rel.SnapshotAsync(s, db);
        var files = Directory.GetFileSystemEntries(p.Directory, "*", SearchOption.AllDirectories).Order().ToList();

        var r = await StrataCli.RunAsync(p.Directory, Rel.Env(url), args).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(r.ExitCode == bad.Exit, $"{bad.Name}: expected exit {bad.Exit}\n{r}");
        foreach (var culprit in bad.Culprit)
            Assert.True(r.All.Contains(culprit, StringComparison.OrdinalIgnoreCase), $"{bad.Name}: the output does not name \"{culprit}\"\n{r}");
        Rel.NoStackTrace(r);
        Rel.NoSecrets(r, bad.OtherSecret is null ? [] : [bad.OtherSecret]);
        Assert.False(ResourceKey.IsMatch(r.All), $"{bad.Name}: a resource key or an unexpected exception instead of words\n{r}");
        // STRATA_RELIABILITY_REPORT=file collects "case | exit | message" for docs/reliability.md.
        if (Environment.GetEnvironmentVariable("STRATA_RELIABILITY_REPORT") is { Length: > 0 } report)
        {
            var first = (r.Error.Length > 0 ? r.Error : r.Out).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
            lock (Cases) File.AppendAllText(report, $"| {bad.Name} | {r.ExitCode} | {first.Replace("|", "\\|").Replace(p.Directory, "<project>")} |\n");
        }
        var after = await Rel.SnapshotAsync(s, db);
        if (bad.Changes) Assert.NotEqual(before, after);
        else
        {
            Assert.Equal(before, after);
            Assert.Equal(files, Directory.GetFileSystemEntries(p.Directory, "*", SearchOption.AllDirectories).Order().Where(f => !f.Contains("/.strata")).ToList());
        }

        // The same input again with --verbose and with --json: same exit code (a success is now a no-op), never the password.
        foreach (var extra in new[] { "--verbose", "--json" })
        {
            var again = await StrataCli.RunAsync(p.Directory, Rel.Env(url), [.. args, extra]).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(again.ExitCode == bad.Exit, $"{bad.Name} {extra}: expected exit {bad.Exit}\n{again}");
            Rel.NoSecrets(again, bad.OtherSecret is null ? [] : [bad.OtherSecret]);
            if (extra == "--json" && bad.Exit != 0 && !bad.Name.StartsWith("cli: unknown", StringComparison.Ordinal) && !bad.Name.StartsWith("cli: bad --language", StringComparison.Ordinal))
                Assert.Contains("\"ok\":false", again.Out.Replace(" ", ""));
            if (extra == "--json") Rel.NoStackTrace(again);
        }
        Assert.Equal(bad.Changes ? after : before, await Rel.SnapshotAsync(s, db));
    }
}
