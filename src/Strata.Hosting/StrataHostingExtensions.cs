using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Strata.Runner;

namespace Strata.Hosting;

/// <summary>Runs <c>strata up</c> when a .NET host starts, before it serves anything.</summary>
public static class StrataHostingExtensions
{
    /// <summary>
    /// Registers a hosted service that migrates the database (auth track, then app track, under the
    /// advisory lock) while the host starts. Hosted services start in registration order and the host
    /// waits for each, so register this before the services that use the database. A failed migration
    /// fails the start-up with a <see cref="StrataException"/>: an app never serves on a half-migrated schema.
    /// </summary>
    public static IServiceCollection AddStrataMigrations(this IServiceCollection services, ProjectOptions options) =>
        services.AddHostedService(sp => new StrataMigrationService(options, sp.GetService<ILogger<StrataMigrationService>>()));
}

/// <summary>The hosted service behind <see cref="StrataHostingExtensions.AddStrataMigrations"/>.</summary>
public sealed class StrataMigrationService(ProjectOptions options, ILogger<StrataMigrationService>? logger) : IHostedService
{
    /// <summary>The outcome of the start-up migration, once it ran.</summary>
    public DeployResult? Result { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var migrator = new StrataMigrator(options, events: Log);
        Result = await migrator.UpAsync(ct: cancellationToken);
        if (Result.App is { } app && logger is not null)
            foreach (var warning in app.Drift.Select(d => "warning: " + d.Describe()).Concat(app.Warnings)) logger.LogWarning("{Warning}", warning);
        if (Result.Succeeded) return;
        var why = Result.App?.Failure?.Describe() ?? Result.Auth?.Failure?.Describe()
            ?? (Result.Auth is { Refused: true } a ? string.Join(" ", a.UnsafeChanges) : "the migration failed");
        throw StrataException.Database("Strata could not migrate the database at start-up: " + why);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    void Log(RunEvent e)
    {
        if (logger is null) return;
        switch (e)
        {
            case LockWaiting w: logger.LogInformation("Waiting for the migration lock held by {Holder}", w.Holder); break;
            case MigrationFinished f: logger.LogInformation("Migrated {Name} ({Direction}) in {Milliseconds:0.0} ms", f.Name, f.Direction, f.Duration.TotalMilliseconds); break;
            case Notice n: logger.LogInformation("{Message}", n.Message); break;
        }
    }
}
