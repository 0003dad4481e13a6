using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Strata.Tests.Fixtures;

/// <summary>
/// One throwaway PostgreSQL cluster per test run: initdb into a temp dir, a free loopback port, its
/// socket in the temp dir, SSL on with a self-signed certificate made here, and a role with a
/// password for authentication tests. As root the server runs as the postgres user. Each test gets a
/// fresh database copied from a template.
/// </summary>
public sealed class PostgresServer
{
    public const string PasswordUser = "strata_pw";
    public const string Password = "S3cr3t-p@ss/w0rd%";
    /// <summary>A role pg_hba admits only over SSL (hostssl), to test sslmode=disable against such a server.</summary>
    public const string SslOnlyUser = "strata_ssl_only";

    static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public required string Directory { get; init; }
    public required string BinDir { get; init; }
    public required int Port { get; init; }
    public string SocketDir => Path.Combine(Directory, "run");
    public string CaCertificate => Path.Combine(Directory, "ssl", "server.crt");

    public string AdminConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false;SSL Mode=Disable";

    /// <summary>A libpq URL for a database on this server.</summary>
    public string Url(string database, string query = "sslmode=disable") => $"postgresql://postgres@127.0.0.1:{Port}/{database}?{query}";

    public string PasswordUrl(string database, string password = Password, string query = "sslmode=disable") =>
        $"postgresql://{PasswordUser}:{Uri.EscapeDataString(password)}@127.0.0.1:{Port}/{database}?{query}";

    /// <summary>The shared server, a new database on it, and that database's URL.</summary>
    public static async Task<(PostgresServer Server, string Db, string Url)> FreshAsync()
    {
        var server = await GetAsync();
        var db = await server.CreateDatabaseAsync();
        return (server, db, server.Url(db));
    }

    /// <summary>A new, empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE strata_template OWNER {PasswordUser}");
        return name;
    }

    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString(database));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql, string database)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString(database));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var v = await cmd.ExecuteScalarAsync();
        return v is null or DBNull ? default : (T)v;
    }

    public async Task<List<string>> ColumnAsync(string sql, string database)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString(database));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<string>();
        while (await r.ReadAsync()) list.Add(r.IsDBNull(0) ? "NULL" : Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return list;
    }

    static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinDir();
        RemoveAbandonedClusters();
        var dir = Path.Combine(Path.GetTempPath(), "strata-tests-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(dir);
        var data = Path.Combine(dir, "data");
        var ssl = Path.Combine(dir, "ssl");
        System.IO.Directory.CreateDirectory(ssl);
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "run"));
        await Run("openssl", ["req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost", "-keyout", Path.Combine(ssl, "server.key"), "-out", Path.Combine(ssl, "server.crt")], false);
        await Run("chmod", ["600", Path.Combine(ssl, "server.key")], false);
        if (IsRoot) await Run("chown", ["-R", "postgres:", dir], false);
        await Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], true);
        File.WriteAllText(Path.Combine(data, "pg_hba.conf"), $"""
            local all all trust
            hostnossl all {SslOnlyUser} 127.0.0.1/32 reject
            hostssl all {SslOnlyUser} 127.0.0.1/32 trust
            host all {PasswordUser} 127.0.0.1/32 scram-sha-256
            host all {PasswordUser} ::1/128 scram-sha-256
            host all all 127.0.0.1/32 trust
            host all all ::1/128 trust
            """);
        if (IsRoot) await Run("chown", ["postgres:", Path.Combine(data, "pg_hba.conf")], false);
        int port = FreePort();
        var options = $"-p {port} -k {Path.Combine(dir, "run")} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off " +
                      $"-c max_connections=300 -c ssl=on -c ssl_cert_file={Path.Combine(ssl, "server.crt")} -c ssl_key_file={Path.Combine(ssl, "server.key")}";
        await Run(Path.Combine(bin, "pg_ctl"), ["start", "-w", "-s", "-D", data, "-l", Path.Combine(dir, "server.log"), "-o", options], true);
        var server = new PostgresServer { Directory = dir, BinDir = bin, Port = port };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await server.ExecuteAsync($"CREATE ROLE {PasswordUser} LOGIN SUPERUSER PASSWORD '{Password.Replace("'", "''")}'");
        await server.ExecuteAsync($"CREATE ROLE {SslOnlyUser} LOGIN SUPERUSER");
        await server.ExecuteAsync("CREATE DATABASE strata_template");
        return server;
    }

    /// <summary>
    /// A run that was killed (a timeout, a cancelled `dotnet test`) never reaches ProcessExit, and its cluster (2–4 GB
    /// after a full suite) stays in the temp folder; enough of them fill the disk and every later initdb fails. So each
    /// run removes the clusters whose server is gone, leaving alone any younger than ten minutes (still starting).
    /// </summary>
    static void RemoveAbandonedClusters()
    {
        foreach (var old in System.IO.Directory.EnumerateDirectories(Path.GetTempPath(), "strata-tests-*"))
        {
            try
            {
                if (System.IO.Directory.GetLastWriteTimeUtc(old) > DateTime.UtcNow.AddMinutes(-10)) continue;
                var pidFile = Path.Combine(old, "data", "postmaster.pid");
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && System.IO.Directory.Exists($"/proc/{pid}")) continue;
                System.IO.Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* another run's, or not ours to remove */ }
        }
    }

    void Stop()
    {
        try
        {
            Run(Path.Combine(BinDir, "pg_ctl"), ["stop", "-s", "-m", "immediate", "-D", Path.Combine(Directory, "data")], true).GetAwaiter().GetResult();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (Exception) { /* the run is over; a leftover temp dir is harmless */ }
    }

    public static bool IsRoot => Environment.UserName == "root";

    public static string FindBinDir()
    {
        var env = Environment.GetEnvironmentVariable("STRATA_PG_BINDIR");
        if (!string.IsNullOrEmpty(env)) return env;
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
            foreach (var d in System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d))
                if (File.Exists(Path.Combine(d, "bin", "initdb"))) return Path.Combine(d, "bin");
        throw new InvalidOperationException("PostgreSQL server binaries not found; install them: apt-get install -y postgresql");
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public static async Task Run(string program, string[] args, bool asPostgres)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        if (asPostgres && IsRoot)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program }) psi.ArgumentList.Add(a);
        }
        else psi.FileName = program;
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {await o}{await e}");
    }
}
