namespace Strata.Runner;

/// <summary>Direction of a migration run.</summary>
public enum Direction { Up, Down }

/// <summary>
/// What the engine reports while it works. Nothing below the CLI prints: the console, <c>--json</c>
/// and the library API all get these same facts.
/// </summary>
public abstract record RunEvent;

/// <summary>Another runner holds the lock; this one waits.</summary>
public sealed record LockWaiting(string Holder) : RunEvent;

/// <summary>The lock was taken after waiting.</summary>
public sealed record LockAcquired(TimeSpan Waited) : RunEvent;

/// <summary>The run has been planned: how many migrations it will execute, for progress displays.</summary>
public sealed record RunPlanned(int Migrations, bool DryRun) : RunEvent;

/// <summary>A migration is about to run (or, in a dry run, to be shown).</summary>
public sealed record MigrationStarting(string Name, Direction Direction) : RunEvent;

/// <summary>A statement that runs (or would run, in a dry run).</summary>
public sealed record StatementIssued(string Name, string Sql) : RunEvent;

/// <summary>A migration finished. <see cref="Committed"/>: its changes are committed now; otherwise when its transaction is (the run's result says).</summary>
public sealed record MigrationFinished(string Name, Direction Direction, TimeSpan Duration, bool Committed = true) : RunEvent;

/// <summary>Something worth a line that is not an error.</summary>
public sealed record Notice(string Message) : RunEvent;

/// <summary>
/// The database a command uses, before it connects: never the password. <see cref="Source"/> says where the
/// URL came from ("DATABASE_URL in .env", "the embedded local database" …).
/// </summary>
public sealed record DatabaseSelected(string? User, string Host, int? Port, string? Name, string Source, bool Embedded) : RunEvent
{
    public string Describe() =>
        $"{(User is null ? "" : User + "@")}{Host}{(Port is { } p ? ":" + p : "")}/{Name ?? "(default database)"} ({Source})";
}
