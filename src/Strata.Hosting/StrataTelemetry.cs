using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Strata.Hosting;

/// <summary>
/// What OpenTelemetry (or any listener) picks up: the <c>Strata</c> activity source (<c>strata.up</c> per run,
/// <c>strata.migration</c> per migration, tagged with its name and direction) and the <c>Strata</c> meter.
/// <code>
/// builder.Services.AddOpenTelemetry().WithTracing(t => t.AddSource("Strata")).WithMetrics(m => m.AddMeter("Strata"));
/// </code>
/// </summary>
public static class StrataTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Strata";

    /// <summary>Runs and migrations as activities.</summary>
    internal static readonly ActivitySource Source = new(Name);

    /// <summary>The meter behind the instruments below.</summary>
    internal static readonly Meter Meter = new(Name);

    /// <summary>Runs, tagged <c>outcome</c> = succeeded | failed.</summary>
    internal static readonly Counter<long> Runs = Meter.CreateCounter<long>("strata.runs", description: "Migration runs");

    /// <summary>How long a run took, tagged <c>outcome</c>.</summary>
    internal static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>("strata.run.duration", "ms", "Duration of a migration run");

    /// <summary>Migrations applied or reverted, tagged <c>direction</c>.</summary>
    internal static readonly Counter<long> Migrations = Meter.CreateCounter<long>("strata.migrations", description: "Migrations run");

    /// <summary>How long each migration took, tagged <c>direction</c>.</summary>
    internal static readonly Histogram<double> MigrationDuration = Meter.CreateHistogram<double>("strata.migration.duration", "ms", "Duration of one migration");
}
