using Npgsql;
using Strata.Config;
using Strata.Db;

namespace Strata.Runner;

/// <summary>
/// A project: its directory, its configuration and where its database is. Connecting starts the
/// embedded cluster when no URL is given.
/// </summary>
public sealed class Project
{
    Project(string directory, MigrateConfig config, DatabaseSource source)
    {
        Directory = directory;
        Config = config;
        Source = source;
    }

    public string Directory { get; }
    public MigrateConfig Config { get; }
    public DatabaseSource Source { get; }

    public static Project Load(ProjectOptions options)
    {
        var dir = Path.GetFullPath(options.Directory);
        if (!System.IO.Directory.Exists(dir)) throw StrataException.Input($"The project directory {dir} does not exist.");
        var configPath = options.ConfigPath is null ? Path.Combine(dir, ConfigFile.DefaultName) : Path.GetFullPath(Path.Combine(dir, options.ConfigPath));
        var config = ConfigFile.Load(configPath, mustExist: options.ConfigPath is not null);
        var envPath = Path.GetFullPath(Path.Combine(dir, options.EnvPath ?? config.EnvPath ?? ".env"));
        if (options.EnvPath is not null && !File.Exists(envPath))
            throw StrataException.Input($"The .env file {envPath} does not exist.");
        var envFile = EnvFile.Read(envPath);
        var source = DatabaseSource.Resolve(options.DatabaseUrl, config.DatabaseUrlVar, options.Environment, envFile, Path.GetFileName(envPath));
        if (source.IsEmbedded && config.Url is not null) source = new DatabaseSource(config.Url, $"\"url\" in {Path.GetFileName(configPath)}");
        var secrets = new List<string>();
        foreach (var url in new[] { options.DatabaseUrl, options.Environment(config.DatabaseUrlVar), config.Url })
            if (!string.IsNullOrEmpty(url)) secrets.AddRange(SecretSources.InConnectionString(url));
        secrets.AddRange(SecretSources.InEnvFile(envFile));
        secrets.AddRange(SecretSources.FromEnvironment(options.Environment));
        // Npgsql reads PGPASSWORD and the passfile from the process itself, whatever options.Environment says.
        secrets.AddRange(SecretSources.FromEnvironment(System.Environment.GetEnvironmentVariable));
        return new Project(dir, config, source) { Secrets = secrets.Distinct().ToList() };
    }

    /// <summary>
    /// Every password this project could use or print, for redaction: in the URL it connects with (even one that
    /// does not parse), in the other URLs it was given, in .env, in PGPASSWORD and in the passfile.
    /// </summary>
    public IReadOnlyList<string> Secrets { get; private init; } = [];

    /// <summary>The connection target, starting the embedded cluster if that is the source.</summary>
    public async Task<ConnectionTarget> ResolveTargetAsync(Action<RunEvent> events, CancellationToken ct)
    {
        if (!Source.IsEmbedded) return Source.Parse();
        var cluster = new EmbeddedCluster(Directory);
        var start = await cluster.StartAsync(ct);
        if (start.Started)
            events(new Notice($"Started the embedded PostgreSQL ({Path.GetRelativePath(Directory, start.DataDirectory)}, port {start.Port}{(start.Initialized ? ", new cluster" : "")}); `strata db stop` stops it."));
        return cluster.Target(start.Port);
    }

    /// <summary>Opens the one connection a run uses.</summary>
    public async Task<(NpgsqlDataSource Source, NpgsqlConnection Connection, ConnectionTarget Target)> ConnectAsync(Action<RunEvent> events, CancellationToken ct)
    {
        var target = await ResolveTargetAsync(events, ct);
        var dataSource = Connector.CreateDataSource(target);
        try
        {
            var conn = await Connector.OpenAsync(dataSource, target, ct);
            return (dataSource, conn, target);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }
}
