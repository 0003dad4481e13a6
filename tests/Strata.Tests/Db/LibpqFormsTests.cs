using System.Diagnostics;
using System.Text.RegularExpressions;
using Strata.Tests.Fixtures;
using Strata.Tests.Reliability;

namespace Strata.Tests.Db;

/// <summary>What a form is tried against: the test cluster, a fresh database, and files made for it.</summary>
public sealed record LibpqContext(PostgresServer Server, string Db, int DeadPort, string WrongCa, string Passfile)
{
    public int Port => Server.Port;
    public string Socket => Server.SocketDir;
    public string EncodedSocket => Uri.EscapeDataString(Server.SocketDir);
    public string Ca => Server.CaCertificate;
    public string Pw => PostgresServer.PasswordUser;
    public string Ssl => PostgresServer.SslOnlyUser;
}

/// <summary>
/// One connection string from libpq's documentation. <paramref name="Connects"/> is what psql does with it (and so
/// what Strata must do); <paramref name="Refused"/>, when set, is a form Strata refuses up front by that name instead
/// (a documented difference); <paramref name="Libpq"/> is the libpq major version that introduced the form.
/// </summary>
public sealed record LibpqForm(string Name, Func<LibpqContext, string> Text, bool Connects, string? Refused = null, int Libpq = 10)
{
    public override string ToString() => Name;
}

/// <summary>
/// libpq's connection strings, tried with the real psql and with Strata on the same strings against the test cluster:
/// the same outcome (connects or fails), or, for a form Strata does not support, a refusal that names it.
/// </summary>
public class LibpqFormsTests
{
    public static readonly LibpqForm[] Forms =
    [
        // hosts and ports
        new("url: TCP host and port", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable", true),
        new("url: socket directory as a percent-encoded host, non-default port", c => $"postgresql://postgres@{c.EncodedSocket}:{c.Port}/{c.Db}", true),
        new("url: socket directory in ?host= with ?port=", c => $"postgresql://postgres@/{c.Db}?host={c.EncodedSocket}&port={c.Port}", true),
        new("url: empty authority, everything in parameters", c => $"postgresql:///{c.Db}?host={c.EncodedSocket}&port={c.Port}&user=postgres", true),
        new("kv: socket directory with a non-default port", c => $"host={c.Socket} port={c.Port} user=postgres dbname={c.Db}", true),
        new("url: host list, the first one dead", c => $"postgresql://postgres@127.0.0.1:{c.DeadPort},127.0.0.1:{c.Port}/{c.Db}?sslmode=disable", true),
        new("url: host list with a port list in ?port=", c => $"postgresql://postgres@127.0.0.1,127.0.0.1/{c.Db}?port={c.DeadPort},{c.Port}&sslmode=disable", true),
        new("kv: host and port lists", c => $"host=127.0.0.1,127.0.0.1 port={c.DeadPort},{c.Port} user=postgres dbname={c.Db} sslmode=disable", true),
        new("kv: socket and TCP host in one list", c => $"host={c.Socket},127.0.0.1 port={c.DeadPort},{c.Port} user=postgres dbname={c.Db} sslmode=disable", true),
        new("kv: one port for two hosts", c => $"host=127.0.0.1,127.0.0.1 port={c.Port} user=postgres dbname={c.Db} sslmode=disable", true),
        new("url: two dead hosts", c => $"postgresql://postgres@127.0.0.1:{c.DeadPort},127.0.0.1:{c.DeadPort + 1}/{c.Db}?sslmode=disable", false),
        new("kv: two ports for three hosts", c => $"host=127.0.0.1,127.0.0.1,127.0.0.1 port={c.Port},{c.Port} user=postgres dbname={c.Db}", false),
        new("kv: hostaddr without host", c => $"hostaddr=127.0.0.1 port={c.Port} user=postgres dbname={c.Db} sslmode=disable", true),
        new("kv: hostaddr wins over an unresolvable host", c => $"host=no-such-host.invalid hostaddr=127.0.0.1 port={c.Port} user=postgres dbname={c.Db} sslmode=disable", true),
        new("kv: dbname holding a connection string is a database name", c => $"host=127.0.0.1 port={c.Port} user=postgres dbname='host=127.0.0.1' sslmode=disable", false),
        new("kv: unknown keyword", c => $"host=127.0.0.1 port={c.Port} user=postgres dbname={c.Db} frobnicate=1", false),

        // session attributes
        new("url: target_session_attrs=any", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=any", true),
        new("url: target_session_attrs=read-write, one host", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=read-write", true),
        new("url: target_session_attrs=read-only on a primary", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=read-only", false),
        new("url: target_session_attrs=primary", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=primary", true),
        new("url: target_session_attrs=standby on a primary", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=standby", false),
        new("url: target_session_attrs=prefer-standby falls back to the primary", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=prefer-standby", true),
        new("url: target_session_attrs=read-write over a host list", c => $"postgresql://postgres@127.0.0.1:{c.DeadPort},127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&target_session_attrs=read-write", true),
        new("url: load_balance_hosts=random", c => $"postgresql://postgres@127.0.0.1:{c.Port},127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&load_balance_hosts=random", true, Libpq: 16),

        // authentication
        new("kv: quoted password", c => $"host=127.0.0.1 port={c.Port} user={c.Pw} dbname={c.Db} sslmode=disable password='{PostgresServer.Password}'", true),
        new("kv: passfile", c => $"host=127.0.0.1 port={c.Port} user={c.Pw} dbname={c.Db} sslmode=disable passfile={c.Passfile}", true),
        new("url: no password and no passfile", c => $"postgresql://{c.Pw}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable", false),
        new("url: channel_binding=require over SSL", c => $"postgresql://{c.Pw}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&channel_binding=require", true),
        new("url: channel_binding=require without SSL", c => $"postgresql://{c.Pw}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&channel_binding=require", false),
        new("url: channel_binding=disable", c => $"postgresql://{c.Pw}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&channel_binding=disable", true),
        new("url: require_auth=scram-sha-256", c => $"postgresql://{c.Pw}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&require_auth=scram-sha-256", true, Libpq: 16),
        new("url: require_auth=md5 against SCRAM", c => $"postgresql://{c.Pw}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&require_auth=md5", false, Libpq: 16),
        new("url: gssencmode=disable", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&gssencmode=disable", true),
        new("url: gssencmode=prefer", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&gssencmode=prefer", true),
        new("url: gssencmode=require", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&gssencmode=require", false),
        new("url: krbsrvname", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&krbsrvname=postgres", true),
        new("url: gssdelegation=0", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&gssdelegation=0", true, Libpq: 16),

        // SSL
        new("url: sslmode=require, SSL-only role", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require", true),
        new("url: sslmode=prefer, SSL-only role", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=prefer", true),
        new("url: sslmode=allow, SSL-only role", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=allow", true),
        new("url: requiressl=1, SSL-only role", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?requiressl=1", true),
        new("url: verify-ca by IP address", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=verify-ca&sslrootcert={Uri.EscapeDataString(c.Ca)}", true),
        new("url: verify-full by the certificate's name", c => $"postgresql://{c.Ssl}@localhost:{c.Port}/{c.Db}?sslmode=verify-full&sslrootcert={Uri.EscapeDataString(c.Ca)}", true),
        new("url: verify-full by an IP address the certificate does not name", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=verify-full&sslrootcert={Uri.EscapeDataString(c.Ca)}", false),
        new("kv: verify-full checks host while connecting to hostaddr", c => $"host=localhost hostaddr=127.0.0.1 port={c.Port} user={c.Ssl} dbname={c.Db} sslmode=verify-full sslrootcert={c.Ca}", true),
        new("url: verify-ca with another CA", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=verify-ca&sslrootcert={Uri.EscapeDataString(c.WrongCa)}", false),
        new("url: require with another CA's sslrootcert verifies it", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslrootcert={Uri.EscapeDataString(c.WrongCa)}", false),
        new("url: require with the right sslrootcert", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslrootcert={Uri.EscapeDataString(c.Ca)}", true),
        new("url: ssl_min_protocol_version=TLSv1.3", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&ssl_min_protocol_version=TLSv1.3", true),
        new("url: an empty TLS version range", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&ssl_min_protocol_version=TLSv1.3&ssl_max_protocol_version=TLSv1.2", false),
        new("url: sslcompression and sslsni", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslcompression=0&sslsni=1", true),
        new("url: sslcertmode=allow", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslcertmode=allow", true, Libpq: 16),
        new("url: sslnegotiation=postgres", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslnegotiation=postgres", true, Libpq: 17),
        new("url: sslnegotiation=direct without sslmode=require", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=prefer&sslnegotiation=direct", false, Libpq: 17),

        // the session
        new("url: options", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&options=-c%20search_path%3Dpublic", true),
        new("url: application names and connect_timeout", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&application_name=api&fallback_application_name=x&connect_timeout=5", true),
        new("url: keepalives", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&keepalives=1&keepalives_idle=30&keepalives_interval=10&keepalives_count=3&tcp_user_timeout=10000", true),
        new("url: client_encoding=UTF8", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&client_encoding=UTF8", true),

        // forms Strata refuses by name
        new("url: client_encoding=LATIN1", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&client_encoding=LATIN1", true, Refused: "client_encoding"),
        new("url: replication", c => $"postgresql://postgres@127.0.0.1:{c.Port}/{c.Db}?sslmode=disable&replication=database", true, Refused: "replication"),
        new("url: sslcrl", c => $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslcrl=/nonexistent.crl", true, Refused: "sslcrl"),
        new("kv: service", c => $"service=strata_nonexistent host=127.0.0.1 port={c.Port}", false, Refused: "service"),
    ];

    public static TheoryData<LibpqForm> All()
    {
        var data = new TheoryData<LibpqForm>();
        foreach (var f in Forms) data.Add(f);
        return data;
    }

    static readonly Lazy<Task<(string WrongCa, string Dir)>> Files = new(async () =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "strata-libpq-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var ca = Path.Combine(dir, "other-ca.crt");
        await PostgresServer.Run("openssl", ["req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost", "-keyout", Path.Combine(dir, "other.key"), "-out", ca], false);
        return (ca, dir);
    });

    static async Task<LibpqContext> ContextAsync()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        var (wrongCa, dir) = await Files.Value;
        var passfile = Path.Combine(dir, $"pgpass-{db}");
        await File.WriteAllTextAsync(passfile, $"127.0.0.1:{s.Port}:*:{PostgresServer.PasswordUser}:{PostgresServer.Password.Replace("\\", "\\\\").Replace(":", "\\:")}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(passfile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new LibpqContext(s, db, FreePort(), wrongCa, passfile);
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Psql_and_strata_agree(LibpqForm form)
    {
        var c = await ContextAsync();
        var text = form.Text(c);
        var psql = await PsqlAsync(c.Server, text);
        if (PsqlMajor(c.Server) >= form.Libpq)
            Assert.True(psql.Connects == form.Connects, $"{form.Name}: psql {(psql.Connects ? "connects" : "fails")}, the table says otherwise\n{psql.Output}");

        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, text, "migrate", "up");
        Rel.NoStackTrace(r);
        Rel.NoSecrets(r);
        if (form.Refused is { } keyword)
        {
            Assert.True(r.ExitCode == 2, $"{form.Name}: expected a refusal (exit 2)\n{r}");
            Assert.Contains($"\"{keyword}\"", r.Error);
        }
        else
        {
            Assert.True((r.ExitCode == 0) == form.Connects, $"{form.Name}: psql {(psql.Connects ? "connects" : "fails")}, strata does not\npsql: {psql.Output}\nstrata: {r}");
            Assert.DoesNotContain("unexpected", r.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Two_dead_hosts_are_both_named_with_their_ports()
    {
        var c = await ContextAsync();
        using var p = new TestProject();
        var url = $"postgresql://postgres@127.0.0.1:{c.DeadPort},localhost:{c.DeadPort + 1}/{c.Db}?sslmode=disable";
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"127.0.0.1:{c.DeadPort},localhost:{c.DeadPort + 1}", r.Error);
        Assert.Contains("connection refused", r.Error);
    }

    [Fact]
    public async Task A_host_name_mismatch_is_named_as_psql_names_it()
    {
        var c = await ContextAsync();
        using var p = new TestProject();
        var url = $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=verify-full&sslrootcert={Uri.EscapeDataString(c.Ca)}";
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("server certificate for \"localhost\" does not match host name \"127.0.0.1\"", r.Error);
        Assert.DoesNotContain("net_ssl", r.Error);
        Assert.DoesNotContain("not signed by", r.Error);
    }

    [Fact]
    public async Task Require_with_a_wrong_sslrootcert_says_require_and_that_the_CA_did_not_sign_it()
    {
        var c = await ContextAsync();
        using var p = new TestProject();
        var url = $"postgresql://{c.Ssl}@127.0.0.1:{c.Port}/{c.Db}?sslmode=require&sslrootcert={Uri.EscapeDataString(c.WrongCa)}";
        var r = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("sslmode=require", r.Error);
        Assert.Contains(c.WrongCa, r.Error);
        Assert.DoesNotContain("verify-ca)", r.Error);
        Assert.DoesNotContain("net_ssl", r.Error);
    }

    static int? _psqlMajor;

    static int PsqlMajor(PostgresServer s)
    {
        if (_psqlMajor is { } m) return m;
        var psi = new ProcessStartInfo(PsqlPath(s), "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (_psqlMajor = int.Parse(Regex.Match(text, @"(\d+)\.").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Value;
    }

    static string PsqlPath(PostgresServer s) => File.Exists(Path.Combine(s.BinDir, "psql")) ? Path.Combine(s.BinDir, "psql") : "psql";

    /// <summary>psql with nothing from this machine's environment: no PG* variables, no ~/.pgpass, no ~/.postgresql.</summary>
    static async Task<(bool Connects, string Output)> PsqlAsync(PostgresServer s, string text)
    {
        var home = Path.Combine(Path.GetTempPath(), "strata-psql-home");
        Directory.CreateDirectory(home);
        var psi = new ProcessStartInfo(PsqlPath(s)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-X", "-w", "-At", "-c", "select 1", "-d", text }) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList()) psi.Environment.Remove(key);
        psi.Environment["HOME"] = home;
        psi.Environment["PGCONNECT_TIMEOUT"] = "5";
        psi.Environment["PGSYSCONFDIR"] = home;
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode == 0 && (await o).Trim() == "1", await o + await e);
    }

    static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
