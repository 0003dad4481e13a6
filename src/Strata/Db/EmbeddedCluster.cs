using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Strata.Db;

/// <summary>What <see cref="EmbeddedCluster.StartAsync"/> did.</summary>
internal sealed record EmbeddedStart(int Port, bool Initialized, bool Started, string DataDirectory);

/// <summary>
/// A project-local PostgreSQL cluster under <c>.strata/pg/</c>, made from the server programs on the
/// machine: initdb on first use, a unix socket inside the project and a free loopback port, trust
/// authentication on loopback only (it is a development database). The next command reuses it.
/// </summary>
internal sealed class EmbeddedCluster
{
    public const string DatabaseName = "strata";
    public const string User = "postgres";

    public EmbeddedCluster(string projectDirectory)
    {
        ProjectDirectory = Path.GetFullPath(projectDirectory);
        StrataDirectory = StrataFolder.PathIn(ProjectDirectory);
        Root = Path.Combine(StrataDirectory, "pg");
    }

    public string ProjectDirectory { get; }
    public string StrataDirectory { get; }
    public string Root { get; }
    const string DataDirectoryName = "data";
    const string LogFileName = "server.log";
    const string SettingsFileName = "strata.conf";
    public string DataDirectory => Path.Combine(Root, DataDirectoryName);
    public string LogFile => Path.Combine(Root, LogFileName);
    string PortFile => Path.Combine(Root, "port");

    /// <summary>The socket directory: inside the project unless that path is too long for a unix socket (108 bytes).</summary>
    public string SocketDirectory
    {
        get
        {
            var inside = Path.Combine(Root, "run");
            if (System.Text.Encoding.UTF8.GetByteCount(inside) + "/.s.PGSQL.65535".Length < 100) return inside;
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Root)))[..12].ToLowerInvariant();
            return Path.Combine(Path.GetTempPath(), "strata-" + hash);
        }
    }

    /// <summary>The port of the running server, or null when it is not running. Reads postmaster.pid; starts no process.</summary>
    public int? RunningPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        string[] lines;
        try
        {
            if (!File.Exists(pidFile)) return null;
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        if (!Native.IsAlive(pid)) return null;
        // Line 8 is the postmaster's status; "ready" once it accepts connections.
        if (lines.Length >= 8 && lines[7].Trim() is { Length: > 0 } status && status != "ready") return null;
        return port;
    }

    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    public ConnectionTarget Target(int port, string database = DatabaseName) => new()
    {
        Hosts = ["127.0.0.1"],
        Ports = [port],
        User = User,
        Database = database,
        SslMode = SslMode.Disable,
    };

    public static string Url(int port) => $"postgresql://{User}@127.0.0.1:{port}/{DatabaseName}";

    /// <summary>Initialises (first use), starts (when stopped) and makes sure the database exists.</summary>
    public async Task<EmbeddedStart> StartAsync(CancellationToken ct)
    {
        if (RunningPort() is { } running) return new EmbeddedStart(running, false, false, DataDirectory);
        StrataFolder.Create(ProjectDirectory);
        await using var guard = await FileGuard.AcquireAsync(Path.Combine(StrataDirectory, "pg.lock"), ct);
        if (RunningPort() is { } other) return new EmbeddedStart(other, false, false, DataDirectory);

        var bin = PostgresBinaries.Find();
        bool initialized = false;
        if (!IsInitialized)
        {
            await InitAsync(bin, ct);
            initialized = true;
        }
        int port = await LaunchAsync(bin, ct);
        await EnsureDatabaseAsync(port, ct);
        return new EmbeddedStart(port, initialized, true, DataDirectory);
    }

    async Task InitAsync(PostgresBinaries bin, CancellationToken ct)
    {
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        Directory.CreateDirectory(Root);
        await ProcessRunner.ChownToPostgresAsync(Root, ct);
        // Relative to Root: no path of the project reaches a program that might hand it to a shell.
        var r = await ProcessRunner.RunAsync(bin.InitDb,
            ["-D", DataDirectoryName, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
            asPostgresUser: true, ct, workingDirectory: Root);
        if (r.ExitCode != 0)
            throw StrataException.Database($"initdb failed for the embedded database in {DataDirectory}:\n{r.Output.Trim()}" +
                (ProcessRunner.IsRoot ? "\n(as root, Strata runs the server as the postgres user: every directory above the project must be readable by it)" : ""));
    }

    /// <summary>
    /// Starts the server on the port it had last time unless another process took it, so a URL from
    /// <c>strata db url</c> stays valid across stop and start. The settings go into a file the cluster's
    /// postgresql.conf includes, never into <c>pg_ctl -o</c>: pg_ctl hands that text to /bin/sh, and the
    /// project's path (with a space, <c>$( )</c>, quotes) would be split or run as a command.
    /// Paths given to pg_ctl are relative to <see cref="Root"/> for the same reason (it puts them in double quotes, where sh still expands <c>$</c>).
    /// </summary>
    async Task<int> LaunchAsync(PostgresBinaries bin, CancellationToken ct)
    {
        var socketDir = SocketDirectory;
        Directory.CreateDirectory(socketDir);
        if (ProcessRunner.IsRoot) await ProcessRunner.ChownToPostgresAsync(socketDir, ct);
        IncludeSettingsFile();
        // A port we just saw free can be taken before the server binds it; try a few.
        string lastOutput = "";
        int? recorded = RecordedPort();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            int port = attempt == 0 && recorded is { } p && IsFree(p) ? p : FreePort();
            File.WriteAllText(Path.Combine(DataDirectory, SettingsFileName), ServerSettings.File(port, socketDir));
            var r = await ProcessRunner.RunAsync(bin.PgCtl,
                ["start", "-w", "-t", "60", "-s", "-D", DataDirectoryName, "-l", LogFileName],
                asPostgresUser: true, ct, workingDirectory: Root);
            if (r.ExitCode == 0)
            {
                File.WriteAllText(PortFile, port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
                return port;
            }
            lastOutput = r.Output.Trim() + "\n" + Tail(LogFile, 10);
        }
        throw StrataException.Database($"The embedded PostgreSQL in {DataDirectory} did not start:\n{lastOutput.Trim()}");
    }

    /// <summary>The port the server had when it last started, from <c>.strata/pg/port</c>.</summary>
    public int? RecordedPort()
    {
        try
        {
            return File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : null;
        }
        catch (IOException) { return null; }
    }

    /// <summary>Clusters made before the settings file existed get the include line too; appending it twice would be harmless, but is avoided.</summary>
    void IncludeSettingsFile()
    {
        var conf = Path.Combine(DataDirectory, "postgresql.conf");
        var line = $"include_if_exists = '{SettingsFileName}'";
        if (!File.ReadAllText(conf).Contains(line, StringComparison.Ordinal))
            File.AppendAllText(conf, $"\n# Strata's settings for the embedded database (port, socket, listen address)\n{line}\n");
    }

    async Task EnsureDatabaseAsync(int port, CancellationToken ct)
    {
        var target = Target(port, "postgres");
        await using var source = Connector.CreateDataSource(target);
        await using var conn = await Connector.OpenAsync(source, target, ct);
        await using var check = new NpgsqlCommand($"select 1 from pg_database where datname = '{DatabaseName}'", conn);
        if (await check.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{DatabaseName}\"", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Stops the server (fast shutdown). False when it was not running.</summary>
    public async Task<bool> StopAsync(CancellationToken ct)
    {
        if (RunningPort() is null) return false;
        var bin = PostgresBinaries.Find();
        var r = await ProcessRunner.RunAsync(bin.PgCtl, ["stop", "-w", "-s", "-m", "fast", "-D", DataDirectoryName], asPostgresUser: true, ct, workingDirectory: Root);
        if (r.ExitCode != 0 && RunningPort() is not null)
            throw StrataException.Database($"pg_ctl stop failed for {DataDirectory}: {r.Output.Trim()}");
        return true;
    }

    static bool IsFree(int port)
    {
        try
        {
            using var l = new TcpListener(IPAddress.Loopback, port);
            l.Start();
            return true;
        }
        catch (SocketException) { return false; }
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    static string Tail(string path, int lines)
    {
        try { return string.Join('\n', File.ReadAllLines(path).TakeLast(lines)); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
