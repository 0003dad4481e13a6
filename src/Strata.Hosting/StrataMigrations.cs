using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Strata.Runner;

namespace Strata.Hosting;

/// <summary>
/// The host's migrations: runs them (logging each step with an event id, one <see cref="Activity"/> per run and per
/// migration, metrics on <see cref="StrataTelemetry.Meter"/>) and remembers how the last run ended, for the health check.
/// </summary>
public sealed class StrataMigrations
{
    readonly Func<Action<RunEvent>, StrataMigrator> _migrator;
    readonly ILogger _logger;
    volatile bool _running;

    internal StrataMigrations(StrataMigrationOptions options, IConfiguration? configuration, string? contentRoot, ILogger<StrataMigrations>? logger)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        RunOnStartup = options.RunOnStartup;
        StopOnFailure = options.StopOnFailure;
        var project = new ProjectOptions
        {
            Directory = Path.GetFullPath(options.Directory ?? contentRoot ?? AppContext.BaseDirectory, contentRoot ?? AppContext.BaseDirectory),
            MigrationsAssembly = options.MigrationsAssembly,
        };
        var connectionString = options.ConnectionString is { Length: > 0 } given ? given : configuration?.GetConnectionString(options.ConnectionStringName);
        // A URL or libpq's keyword/value form goes through Strata's own parser (sslmode and friends keep libpq's meaning);
        // Npgsql's "Host=…;Database=…" form, the one .NET users keep in ConnectionStrings, through Npgsql's.
        if (connectionString is { Length: > 0 } cs && !cs.Contains("://", StringComparison.Ordinal) && cs.Contains(';'))
        {
            var dataSource = NpgsqlDataSource.Create(cs);
            _migrator = events => new StrataMigrator(project, dataSource, events);
        }
        else
        {
            if (connectionString is { Length: > 0 }) project = project with { DatabaseUrl = connectionString };
            _migrator = events => new StrataMigrator(project, events: events);
        }
    }

    internal StrataMigrations(ProjectOptions options, ILogger<StrataMigrations>? logger)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _migrator = events => new StrataMigrator(options, events: events);
    }

    internal bool RunOnStartup { get; } = true;
    internal bool StopOnFailure { get; } = true;

    /// <summary>The last run's result; null before one ran.</summary>
    public DeployResult? LastResult { get; private set; }

    /// <summary>Why the last run failed, in words; null when it succeeded or none ran.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>True while a run is in progress.</summary>
    public bool Running => _running;

    /// <summary>
    /// The whole deploy (<c>strata up</c>). A failed run throws a <see cref="StrataException"/> when
    /// <see cref="StrataMigrationOptions.StopOnFailure"/> is set, and is kept for the health check either way.
    /// </summary>
    public async Task UpAsync(CancellationToken ct = default)
    {
        _running = true;
        var observer = new RunObserver(_logger);
        using var run = StrataTelemetry.Source.StartActivity("strata.up");
        var clock = Stopwatch.StartNew();
        Log.RunStarting(_logger);
        try
        {
            var result = await _migrator(observer.On).UpAsync(ct: ct);
            LastResult = result;
            foreach (var warning in result.App is { } app ? app.Drift.Select(d => "warning: " + d.Describe()).Concat(app.Warnings) : [])
                Log.Warning(_logger, warning);
            LastFailure = result.Succeeded ? null : Why(result);
        }
        catch (Exception e) when (e is StrataException or NpgsqlException)
        {
            LastFailure = e.Message;
        }
        finally
        {
            _running = false;
            observer.Close(LastFailure);
        }
        var outcome = LastFailure is null ? "succeeded" : "failed";
        StrataTelemetry.Runs.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        StrataTelemetry.RunDuration.Record(clock.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));
        if (LastFailure is null)
        {
            Log.RunFinished(_logger, observer.Applied, clock.Elapsed.TotalMilliseconds);
            return;
        }
        run?.SetStatus(ActivityStatusCode.Error, LastFailure);
        Log.RunFailed(_logger, LastFailure);
        if (StopOnFailure) throw StrataException.Database("Strata could not migrate the database at start-up: " + LastFailure);
    }

    /// <summary>Both tracks' state, read without a lock.</summary>
    public Task<StatusReport> StatusAsync(CancellationToken ct = default) => _migrator(_ => { }).StatusAsync(ct);

    static string Why(DeployResult result) => result.App?.Failure?.Describe() ?? result.Auth?.Failure?.Describe()
        ?? (result.Auth is { Refused: true } a ? string.Join(" ", a.UnsafeChanges) : "the migration failed");
}
