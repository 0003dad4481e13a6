using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Strata.Hosting;

/// <summary>
/// The schema's health: Unhealthy when the last run failed or the database cannot be read, Degraded while migrations
/// run or are pending (or an applied one drifted), else Healthy. Each check reads the history (no lock).
/// </summary>
internal sealed class StrataHealthCheck(StrataMigrations migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (migrations.LastFailure is { } failure) return HealthCheckResult.Unhealthy("The migration failed: " + failure);
        if (migrations.Running) return HealthCheckResult.Degraded("Migrating");
        try
        {
            var status = await migrations.StatusAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["pending"] = status.App.Pending + (status.AuthPending?.Count ?? 0), ["drifted"] = status.App.Drifted };
            if (status.Pending) return HealthCheckResult.Degraded($"{data["pending"]} pending", data: data);
            if (status.Drifted) return HealthCheckResult.Degraded($"{status.App.Drifted} applied migration(s) changed since they ran", data: data);
            return HealthCheckResult.Healthy("Up to date", data);
        }
        catch (Exception e) when (e is StrataException or NpgsqlException)
        {
            return HealthCheckResult.Unhealthy("Cannot read the migration history: " + e.Message);
        }
    }
}
