using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.Runner;

namespace Strata.Hosting;

/// <summary>Turns a run's events into log entries, one activity per migration and the per-migration metrics.</summary>
internal sealed class RunObserver(ILogger logger)
{
    Activity? _migration;

    public int Applied { get; private set; }

    public void On(RunEvent e)
    {
        switch (e)
        {
            case DatabaseSelected d: Log.DatabaseSelected(logger, d.Describe()); break;
            case LockWaiting w: Log.LockWaiting(logger, w.Holder); break;
            case MigrationStarting s:
                _migration = StrataTelemetry.Source.StartActivity("strata.migration");
                _migration?.SetTag("strata.migration.name", s.Name);
                _migration?.SetTag("strata.migration.direction", s.Direction.ToString().ToLowerInvariant());
                break;
            case MigrationFinished f:
                var direction = new KeyValuePair<string, object?>("direction", f.Direction.ToString().ToLowerInvariant());
                StrataTelemetry.Migrations.Add(1, direction);
                StrataTelemetry.MigrationDuration.Record(f.Duration.TotalMilliseconds, direction);
                _migration?.Dispose();
                _migration = null;
                Applied++;
                Log.MigrationFinished(logger, f.Name, f.Direction, f.Duration.TotalMilliseconds);
                break;
            case Notice n: Log.Notice(logger, n.Message); break;
        }
    }

    /// <summary>Ends the activity of a migration that never finished, with the run's failure.</summary>
    public void Close(string? failure)
    {
        if (_migration is null) return;
        _migration.SetStatus(ActivityStatusCode.Error, failure);
        _migration.Dispose();
        _migration = null;
    }
}
