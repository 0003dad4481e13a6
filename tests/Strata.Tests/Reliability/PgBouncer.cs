using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>A [Fact] skipped, with the reason, when the pgbouncer program is not installed (.ci/run installs it).</summary>
public sealed class PgBouncerFactAttribute : FactAttribute
{
    public PgBouncerFactAttribute()
    {
        if (PgBouncer.Program is null) Skip = "pgbouncer is not installed (apt-get install pgbouncer; .ci/run does it)";
    }
}

/// <summary>
/// A PgBouncer in transaction pooling in front of the test server, on a free loopback port, run as the
/// postgres user (it refuses to run as root), with SCRAM to the client and the server from a userlist.
/// </summary>
public sealed class PgBouncer : IAsyncDisposable
{
    public static string? Program { get; } =
        new[] { "/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer" }.FirstOrDefault(File.Exists);

    readonly Process _process;
    readonly string _dir;

    PgBouncer(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public string Url(string db) =>
        $"postgresql://{PostgresServer.PasswordUser}:{Uri.EscapeDataString(PostgresServer.Password)}@127.0.0.1:{Port}/{db}?sslmode=disable";

    public static async Task<PgBouncer> StartAsync(PostgresServer server)
    {
        var dir = Path.Combine(Path.GetTempPath(), "strata-pgbouncer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        int port = FreePort();
        File.WriteAllText(Path.Combine(dir, "userlist.txt"),
            $"\"{PostgresServer.PasswordUser}\" \"{PostgresServer.Password.Replace("\"", "\"\"")}\"\n\"postgres\" \"\"\n");
        File.WriteAllText(Path.Combine(dir, "pgbouncer.ini"), $"""
            [databases]
            * = host=127.0.0.1 port={server.Port}

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = scram-sha-256
            auth_file = {Path.Combine(dir, "userlist.txt")}
            pool_mode = transaction
            max_client_conn = 200
            default_pool_size = 20
            ignore_startup_parameters = extra_float_digits
            logfile = {Path.Combine(dir, "pgbouncer.log")}
            """);
        if (PostgresServer.IsRoot) await PostgresServer.Run("chown", ["-R", "postgres:", dir], false);
        var psi = new ProcessStartInfo { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (PostgresServer.IsRoot)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", Program! }) psi.ArgumentList.Add(a);
        }
        else psi.FileName = Program!;
        psi.ArgumentList.Add(Path.Combine(dir, "pgbouncer.ini"));
        var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var bouncer = new PgBouncer(process, dir, port);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var c = new TcpClient();
                await c.ConnectAsync(IPAddress.Loopback, port);
                return bouncer;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(15) && !process.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                var log = File.Exists(Path.Combine(dir, "pgbouncer.log")) ? File.ReadAllText(Path.Combine(dir, "pgbouncer.log")) : "";
                await bouncer.DisposeAsync();
                throw new InvalidOperationException("pgbouncer did not start: " + log);
            }
        }
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
