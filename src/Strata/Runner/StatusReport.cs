using Strata.Auth;

namespace Strata.Runner;

/// <summary>
/// Both tracks at a glance. <see cref="ExitCode"/> lets scripts gate on it: 0 up to date,
/// 3 something is pending, 4 something drifted (which wins over pending).
/// </summary>
/// <param name="App">The app track's migrations.</param>
/// <param name="AuthPending">Statements the auth track would run; null when the project has no auth section.</param>
/// <param name="AuthDrift">Auth columns whose type or nullability differ from better-auth's schema.</param>
public sealed record StatusReport(AppStatus App, IReadOnlyList<string>? AuthPending, IReadOnlyList<ColumnDrift> AuthDrift)
{
    public const int PendingExitCode = 3;
    public const int DriftExitCode = 4;

    /// <summary>
    /// Invalid indexes in the migrated schemas (a concurrent build that did not finish): drift, since the schema is not
    /// what the applied migrations built, and CREATE INDEX CONCURRENTLY IF NOT EXISTS would not repair them.
    /// </summary>
    public IReadOnlyList<InvalidIndex> InvalidIndexes { get; init; } = [];

    public bool Drifted => App.Drifted > 0 || AuthDrift.Count > 0 || InvalidIndexes.Count > 0;
    public bool Pending => App.Pending > 0 || AuthPending is { Count: > 0 };
    public bool UpToDate => !Drifted && !Pending;
    public int ExitCode => Drifted ? DriftExitCode : Pending ? PendingExitCode : 0;
}
