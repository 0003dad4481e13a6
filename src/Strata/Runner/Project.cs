using Npgsql;
using Strata.Config;
using Strata.Db;

namespace Strata.Runner;

/// <summary>
/// A project: its directory, its configuration and where its database is. Connecting starts the
/// embedded cluster when no URL is given.
/// </summary>
internal sealed class Project
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
        var source = DatabaseSource.Resolve(options.DatabaseUrl, config.DatabaseUrlVar, options.Environment, envPath);
        if (source.IsEmbedded && config.Url is not null) source = new DatabaseSource(config.Url, $"\"url\" in {Path.GetFileName(configPath)}");
        return new Project(dir, config, source);
    }

    /// <summary>Passwords this project knows of, for redaction; found even in a URL that does not parse.</summary>
    public IEnumerable<string> Secrets => (Source.Url is null ? [] : ConnectionUrl.SecretsIn(Source.Url))
        .Concat(Config.LintScratchUrl is { } scratch ? ConnectionUrl.SecretsIn(scratch) : []);

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
