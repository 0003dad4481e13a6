namespace Strata.Runner;

/// <summary>One migration that ran in a run.</summary>
public sealed record MigrationOutcome(string Name, Direction Direction, TimeSpan Duration);

/// <summary>
/// The outcome of a run: what ran, and what failed. Expected failures are data, not exceptions;
/// when <see cref="Failure"/> is set, the failing migration's transaction was rolled back.
/// </summary>
public sealed record RunResult(IReadOnlyList<MigrationOutcome> Completed, MigrationFailure? Failure, bool DryRun, bool Fake, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;

    /// <summary>Applied migrations whose file changed or vanished since they ran (reported on every run, as <c>status</c> does).</summary>
    public IReadOnlyList<MigrationState> Drift { get; init; } = [];

    /// <summary>What the run did that a person should know about, each naming its migration or table.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
