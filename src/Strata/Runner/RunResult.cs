namespace Strata.Runner;

/// <summary>What became of one migration a run started.</summary>
public enum MigrationOutcomeState
{
    /// <summary>Its changes and its tracking row are committed.</summary>
    Committed,
    /// <summary>Its transaction was rolled back: nothing of it stays.</summary>
    RolledBack,
    /// <summary>
    /// Part of it stays: a no-transaction migration stopped after some statements committed on their own (see
    /// <see cref="MigrationOutcome.StatementsRun"/>), or a migration ended Strata's transaction itself. It is not recorded as applied.
    /// </summary>
    Partial,
    /// <summary>A dry run: shown, not run.</summary>
    DryRun,
}

/// <summary>One migration a run started, and what became of it.</summary>
public sealed record MigrationOutcome(string Name, Direction Direction, TimeSpan Duration)
{
    public MigrationOutcomeState State { get; init; } = MigrationOutcomeState.Committed;

    /// <summary>For <see cref="MigrationOutcomeState.Partial"/>: the statements that ran and stay, as far as Strata knows.</summary>
    public IReadOnlyList<string> StatementsRun { get; init; } = [];
}

/// <summary>
/// The outcome of a run: every migration it started with what became of it, and what failed. Expected failures
/// are data, not exceptions.
/// </summary>
public sealed record RunResult(IReadOnlyList<MigrationOutcome> Migrations, MigrationFailure? Failure, bool DryRun, bool Fake, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;

    /// <summary>The migrations whose changes are committed.</summary>
    public IReadOnlyList<MigrationOutcome> Completed => Migrations.Where(m => m.State == MigrationOutcomeState.Committed).ToList();

    /// <summary>Invalid indexes found in the migrated schemas after a no-transaction migration (a concurrent build that did not finish).</summary>
    public IReadOnlyList<InvalidIndex> InvalidIndexes { get; init; } = [];

    /// <summary>The database is as it was before the run: nothing committed, nothing partly run, no invalid index left.</summary>
    public bool NothingChanged => Migrations.All(m => m.State is MigrationOutcomeState.RolledBack or MigrationOutcomeState.DryRun) && InvalidIndexes.Count == 0;

    /// <summary>Applied migrations whose file changed or vanished since they ran (reported on every run, as <c>status</c> does).</summary>
    public IReadOnlyList<MigrationState> Drift { get; init; } = [];

    /// <summary>What the run did that a person should know about, each naming its migration or table.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
