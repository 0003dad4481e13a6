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
}
