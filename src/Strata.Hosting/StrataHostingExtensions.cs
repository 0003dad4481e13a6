using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Strata.Runner;

namespace Strata.Hosting;

/// <summary>Strata in a .NET host: migrate before the app serves, and report the schema's state.</summary>
public static class StrataHostingExtensions
{
    /// <summary>
    /// Migrates the database (auth track, then app track, under the advisory lock) while the host starts, before it
    /// serves. Options come from the configuration's <c>Strata</c> section, then <paramref name="configure"/>; the
    /// database from <c>ConnectionStrings:Default</c> (see <see cref="StrataMigrationOptions"/>). Hosted services start
    /// in registration order and the host waits for each, so register this before the services that use the database.
    /// </summary>
    public static IServiceCollection AddStrataMigrations(this IServiceCollection services, Action<StrataMigrationOptions>? configure = null)
    {
        services.AddOptions<StrataMigrationOptions>().BindConfiguration(StrataMigrationOptions.SectionName);
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton(sp => new StrataMigrations(
            sp.GetRequiredService<IOptions<StrataMigrationOptions>>().Value,
            sp.GetService<IConfiguration>(),
            sp.GetService<IHostEnvironment>()?.ContentRootPath,
            sp.GetService<ILogger<StrataMigrations>>()));
        services.AddHostedService<StrataMigrationService>();
        return services;
    }

    /// <summary>Migrates with the CLI's project options (a directory, a URL) while the host starts; see <see cref="AddStrataMigrations(IServiceCollection, Action{StrataMigrationOptions})"/>.</summary>
    public static IServiceCollection AddStrataMigrations(this IServiceCollection services, ProjectOptions options)
    {
        services.TryAddSingleton(sp => new StrataMigrations(options, sp.GetService<ILogger<StrataMigrations>>()));
        services.AddHostedService<StrataMigrationService>();
        return services;
    }

    /// <summary>
    /// A health check named <paramref name="name"/>: Healthy when the schema is up to date, Degraded while migrations are
    /// pending (or running), Unhealthy when the start-up run failed or the database cannot be read.
    /// </summary>
    public static IHealthChecksBuilder AddStrataMigrations(this IHealthChecksBuilder builder, string name = "strata", IEnumerable<string>? tags = null) =>
        builder.Add(new HealthCheckRegistration(name, sp => new StrataHealthCheck(sp.GetRequiredService<StrataMigrations>()), HealthStatus.Unhealthy, tags));
}
