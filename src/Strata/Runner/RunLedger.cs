namespace Strata.Runner;

/// <summary>
/// What each migration of a run became, kept as the run goes: a migration that ran in the open transaction is
/// committed or rolled back with it, so "applied" is only ever said of what is committed.
/// </summary>
internal sealed class RunLedger(bool dryRun)
{
    readonly List<MigrationOutcome> _settled = [];
    readonly List<MigrationOutcome> _open = [];

    /// <summary>The migrations that ran in the transaction still open.</summary>
    public IReadOnlyList<MigrationOutcome> Open => _open;

    public IReadOnlyList<MigrationOutcome> Outcomes => [.. _settled, .. _open];

    /// <summary>Something of this run is committed (or stays from a no-transaction migration).</summary>
    public bool ChangedDatabase => _settled.Any(o => o.State is MigrationOutcomeState.Committed or MigrationOutcomeState.Partial);

    public void Committed(MigrationOutcome o) => _settled.Add(State(o, MigrationOutcomeState.Committed));

    public void RanInTransaction(MigrationOutcome o) => _open.Add(State(o, MigrationOutcomeState.Committed));

    public void Add(MigrationOutcome o) => _settled.Add(o);

    public void TransactionCommitted() => TransactionEnded(_ => MigrationOutcomeState.Committed);

    /// <summary>The open transaction ended; <paramref name="state"/> says what each of its migrations became.</summary>
    public void TransactionEnded(Func<MigrationOutcome, MigrationOutcomeState> state)
    {
        _settled.AddRange(_open.Select(o => State(o, state(o))));
        _open.Clear();
    }

    MigrationOutcome State(MigrationOutcome o, MigrationOutcomeState state) => o with { State = dryRun ? MigrationOutcomeState.DryRun : state };
}
