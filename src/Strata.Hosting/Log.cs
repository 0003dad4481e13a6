using Microsoft.Extensions.Logging;
using Strata.Runner;

namespace Strata.Hosting;

/// <summary>Strata's log entries in a host, each with its own event id (1000–1099) so they can be filtered and alerted on.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Migrating the database")]
    public static partial void RunStarting(ILogger logger);

    [LoggerMessage(1001, LogLevel.Information, "Database: {Database}")]
    public static partial void DatabaseSelected(ILogger logger, string database);

    [LoggerMessage(1002, LogLevel.Information, "Waiting for the migration lock held by {Holder}")]
    public static partial void LockWaiting(ILogger logger, string holder);

    [LoggerMessage(1003, LogLevel.Information, "Migrated {Name} ({Direction}) in {Milliseconds:0.0} ms")]
    public static partial void MigrationFinished(ILogger logger, string name, Direction direction, double milliseconds);

    [LoggerMessage(1004, LogLevel.Information, "The database is migrated: {Applied} migration(s) in {Milliseconds:0} ms")]
    public static partial void RunFinished(ILogger logger, int applied, double milliseconds);

    [LoggerMessage(1005, LogLevel.Information, "{Message}")]
    public static partial void Notice(ILogger logger, string message);

    [LoggerMessage(1006, LogLevel.Warning, "{Warning}")]
    public static partial void Warning(ILogger logger, string warning);

    [LoggerMessage(1007, LogLevel.Error, "The migration failed: {Failure}")]
    public static partial void RunFailed(ILogger logger, string failure);
}
