using Microsoft.Extensions.Hosting;

namespace Strata.Hosting;

/// <summary>The hosted service behind <see cref="StrataHostingExtensions.AddStrataMigrations(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{StrataMigrationOptions})"/>: migrates while the host starts.</summary>
public sealed class StrataMigrationService(StrataMigrations migrations) : IHostedService
{
    /// <summary>The outcome of the start-up migration, once it ran.</summary>
    public Runner.DeployResult? Result => migrations.LastResult;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => migrations.RunOnStartup ? migrations.UpAsync(cancellationToken) : Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
