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
        var config = ConfigFile.Load(configPath, mustExist: options.ConfigPath is not null, options.ConfigSection);
        if (options.Configure is { } configure) config = configure(config);
        if (options.MigrationsAssembly is { } assembly) config = config with { MigrationsAssembly = assembly };
        var envPath = Path.GetFullPath(Path.Combine(dir, options.EnvPath ?? config.EnvPath ?? ".env"));
        if (options.EnvPath is not null && !File.Exists(envPath))
            throw StrataException.Input($"The .env file {envPath} does not exist.");
        var envFile = EnvFile.Read(envPath);
        var source = DatabaseSource.Resolve(options.DatabaseUrl, config.DatabaseUrlVar, options.Environment, envFile, Path.GetFileName(envPath));
        if (source.IsEmbedded && config.Url is not null) source = new DatabaseSource(config.Url, $"\"url\" in {Path.GetFileName(configPath)}");
        var secrets = new List<string>();
        foreach (var url in new[] { options.DatabaseUrl, options.Environment(config.DatabaseUrlVar), config.Url, config.LintScratchUrl })
            if (!string.IsNullOrEmpty(url)) secrets.AddRange(SecretSources.InConnectionString(url));
        secrets.AddRange(SecretSources.InEnvFile(envFile));
        secrets.AddRange(SecretSources.FromEnvironment(options.Environment));
        // Npgsql reads PGPASSWORD and the passfile from the process itself, whatever options.Environment says.
        secrets.AddRange(SecretSources.FromEnvironment(System.Environment.GetEnvironmentVariable));
        var warnings = new List<string>();
        if (source.IsEmbedded || source.Url == config.Url)
        {
            var names = (options.EnvironmentNames ?? System.Environment.GetEnvironmentVariables().Keys.Cast<string>())
                .Where(n => !string.IsNullOrEmpty(options.Environment(n)));
            foreach (var typo in LikelyTypos.Of(config.DatabaseUrlVar, names))
                warnings.Add($"the environment has {typo} but no {config.DatabaseUrlVar}: is it misspelt?");
            foreach (var typo in LikelyTypos.Of(config.DatabaseUrlVar, envFile.Keys))
                warnings.Add($"{Path.GetFileName(envPath)} has {typo} but no {config.DatabaseUrlVar}: is it misspelt?");
        }
        string? refusal = null;
        if (source.IsEmbedded && !options.Embedded && !config.Embedded)
        {
            var ci = options.Environment("CI") is { Length: > 0 } v && v != "0" && !v.Equals("false", StringComparison.OrdinalIgnoreCase);
            var why = ci ? "CI is set" : File.Exists(envPath) ? $"{Path.GetFileName(envPath)} exists" : null;
            if (why is not null)
                refusal = $"No database URL was found ({config.DatabaseUrlVar} is set neither in the environment nor in {Path.GetFileName(envPath)}, and the config has no \"url\"), " +
                    $"and {why}, so Strata does not fall back to the embedded local database. " +
                    (warnings.Count > 0 ? "Note: " + string.Join("; ", warnings) + ". " : "") +
                    $"Set {config.DatabaseUrlVar} (or pass --database-url), or pass --embedded (or put \"embedded\": true in the config) to use the embedded database.";
        }
        if (options.SslMode is { } sslMode && source.Url is { } withMode)
            source = source with { Url = WithSslMode(withMode, sslMode) };
        return new Project(dir, config, source) { Secrets = secrets.Distinct().ToList(), Warnings = warnings, EmbeddedRefusal = refusal };
    }

    /// <summary>The URL with its sslmode replaced: a later <c>sslmode</c> wins over an earlier one in both URL forms.</summary>
    static string WithSslMode(string url, string sslMode) =>
        url.Contains("://", StringComparison.Ordinal) ? url + (url.Contains('?') ? "&" : "?") + "sslmode=" + sslMode : url + " sslmode=" + sslMode;

    /// <summary>Things worth a warning that are not errors: a variable name one or two edits from the expected one.</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>Why falling back to the embedded database is refused here (CI, or a .env without the URL), or null.</summary>
    string? EmbeddedRefusal { get; init; }

    /// <summary>
    /// Every password this project could use or print, for redaction: in the URL it connects with (even one that
    /// does not parse), in the other URLs it was given, in .env, in PGPASSWORD and in the passfile.
    /// </summary>
    public IReadOnlyList<string> Secrets { get; private init; } = [];

    /// <summary>The connection target, starting the embedded cluster if that is the source.</summary>
    public async Task<ConnectionTarget> ResolveTargetAsync(Action<RunEvent> events, CancellationToken ct)
    {
        if (!Source.IsEmbedded)
        {
            var parsed = Source.Parse();
            events(Selected(parsed, Source.Origin, embedded: false));
            return parsed;
        }
        if (EmbeddedRefusal is { } refusal) throw StrataException.Input(refusal);
        var cluster = new EmbeddedCluster(Directory);
        var start = await cluster.StartAsync(ct);
        if (start.Started)
            events(new Notice($"Started the embedded PostgreSQL ({Path.GetRelativePath(Directory, start.DataDirectory)}, port {start.Port}{(start.Initialized ? ", new cluster" : "")}); `strata db stop` stops it."));
        var target = cluster.Target(start.Port);
        events(Selected(target, $"{Source.Origin}, {Path.GetRelativePath(Directory, cluster.DataDirectory)}", embedded: true));
        return target;
    }

    static DatabaseSelected Selected(ConnectionTarget t, string origin, bool embedded) =>
        new(t.User, t.Hosts.Count == 0 ? "(default host)" : string.Join(',', t.Hosts), t.Ports.FirstOrDefault(), t.Database, origin, embedded);

    /// <summary>Opens the one connection a run uses.</summary>
    public async Task<(NpgsqlDataSource Source, NpgsqlConnection Connection, ConnectionTarget Target)> ConnectAsync(Action<RunEvent> events, CancellationToken ct)
    {
        var target = await ResolveTargetAsync(events, ct);
        var (dataSource, conn) = await OpenAsync(target, loadTypes: true, ct);
        return (dataSource, conn, target);
    }

    /// <summary>
    /// Opens a connection to a target already resolved; <paramref name="loadTypes"/> as <see cref="Connector.CreateDataSource"/>
    /// says. A run's connection (with types) also gets <see cref="ClientCheck"/>; the lock-free read of a no-op deploy
    /// (without) only reads, in one round trip.
    /// </summary>
    public static async Task<(NpgsqlDataSource Source, NpgsqlConnection Connection)> OpenAsync(ConnectionTarget target, bool loadTypes, CancellationToken ct)
    {
        var dataSource = Connector.CreateDataSource(target, loadTypes: loadTypes);
        try
        {
            var conn = await Connector.OpenAsync(dataSource, target, ct);
            try
            {
                if (loadTypes) await ClientCheck.EnableAsync(conn, ct);
            }
            catch
            {
                await conn.DisposeAsync();
                throw;
            }
            return (dataSource, conn);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }
}
