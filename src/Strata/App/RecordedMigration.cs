using Strata.Sql.Operations;

namespace Strata.App;

/// <summary>
/// What one direction of a C# migration recorded: its operations in order, how names are written, and whether
/// it runs outside a transaction. Immutable: the <see cref="MigrationBuilder"/> is the language a migration is
/// written in, this is its result, which the runner turns into SQL and the inferred down-migration reverses.
/// </summary>
public sealed class RecordedMigration
{
    private readonly SqlNaming _naming;
    private readonly bool _reversed;

    internal RecordedMigration(IReadOnlyList<RecordedOperation> operations, SqlNaming naming, bool noTransaction, bool readsDatabase, bool reversed = false)
    {
        Operations = operations;
        _naming = naming;
        NoTransaction = noTransaction;
        ReadsDatabase = readsDatabase;
        _reversed = reversed;
    }

    /// <summary>True when the migration called <c>pgm.NoTransaction()</c>: it runs outside a transaction.</summary>
    public bool NoTransaction { get; }

    /// <summary>The operations, in the order they run.</summary>
    internal IReadOnlyList<RecordedOperation> Operations { get; }

    /// <summary>The migration queried <c>pgm.Db</c> while it was recorded, so what it records may change from run to run.</summary>
    internal bool ReadsDatabase { get; }

    /// <summary>
    /// The steps of one operation, in the order they run. A step is usually one statement, sometimes a statement
    /// and its COMMENTs; reversed, node-pg-migrate reverses the list of steps, so an operation with several has them undone last-first.
    /// </summary>
    internal IReadOnlyList<string> StepsOf(RecordedOperation operation)
    {
        var steps = operation.Operation.ToSql(_naming);
        return _reversed ? [.. steps.Reverse()] : steps;
    }

    /// <summary>The SQL steps, in order: one per operation (an operation's COMMENTs travel with it), or one per extension.</summary>
    public IReadOnlyList<string> GetSqlSteps() => [.. Operations.SelectMany(StepsOf)];

    /// <summary>All steps as one script, each on its own lines.</summary>
    public string GetSql() => string.Join("\n", GetSqlSteps()) + "\n";

    /// <summary>
    /// The down-migration inferred from this one: each operation's reverse, last first, each keeping the line
    /// of the call it undoes.
    /// </summary>
    /// <exception cref="IrreversibleOperationException">An operation cannot be reversed (<c>Sql</c>, a drop, <c>AddTypeValue</c> …), or the migration queried <c>pgm.Db</c>.</exception>
    public RecordedMigration Reverse()
    {
        if (ReadsDatabase)
            throw new IrreversibleOperationException("Db", "Impossible to automatically infer down migration: the migration queries pgm.Db.");
        var reversed = new RecordedOperation[Operations.Count];
        for (var i = 0; i < Operations.Count; i++)
        {
            var source = Operations[Operations.Count - 1 - i];
            reversed[i] = source with { Operation = source.Operation.Reverse() ?? throw new IrreversibleOperationException(source.Operation.Method) };
        }
        return new RecordedMigration(reversed, _naming, NoTransaction, ReadsDatabase, !_reversed);
    }
}

/// <summary>One recorded <c>pgm</c> call: the operation, and the line of the migration file that made it (0 when not noted).</summary>
internal sealed record RecordedOperation(IMigrationOperation Operation, int Line);
