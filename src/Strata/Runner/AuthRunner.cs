using System.Diagnostics;
using Npgsql;
using Strata.Auth;
using Strata.Config;

namespace Strata.Runner;

/// <summary>
/// The auth track: introspect → diff → write or apply. <c>generate</c> only reads; <c>migrate</c> takes the
/// same advisory lock as the app track, diffs again under it (so a second runner finds nothing to do) and
/// applies the whole diff in one transaction, refusing — as better-auth's CLI does — when a required column
/// without a default would be added to a table that has rows.
/// </summary>
internal sealed class AuthRunner(MigrateConfig config, AuthOptions options, Action<RunEvent> events)
{
    /// <summary>The name the auth track's work goes by in events and failures.</summary>
    public const string TrackName = "better-auth";

    /// <summary>The schema the options call for.</summary>
    public SchemaModel Desired { get; } = SchemaModel.From(options);

    /// <summary>Compares the options' schema with the database and writes what is missing. Reads only.</summary>
    public async Task<AuthScript> PlanAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var existing = await SchemaInspector.ReadAsync(conn, Desired, ct);
        return AuthScript.Generate(Desired, existing);
    }

    /// <summary><c>auth generate</c>: the script and better-auth's name for its file (the caller writes it).</summary>
    public async Task<AuthGenerateResult> GenerateAsync(NpgsqlConnection conn, DateTimeOffset now, CancellationToken ct)
    {
        var script = await PlanAsync(conn, ct);
        return new AuthGenerateResult(script, Path.GetFileName(AuthScript.FileName(now)));
    }

    /// <summary><c>auth migrate</c>: applies what is missing in one transaction, or with <paramref name="dryRun"/> only reports it.</summary>
    public async Task<AuthMigrateResult> MigrateAsync(NpgsqlConnection conn, bool dryRun, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var held = dryRun ? null : await AdvisoryLock.HoldAsync(conn, config, events, ct);
        // Behind PgBouncer ("advisory-lock-scope": "transaction") the lock lives in the transaction that plans and applies.
        await using var tx = !dryRun && config.Lock && config.LockInTransaction ? await conn.BeginTransactionAsync(ct) : null;
        if (tx is not null) await TransactionAdvisoryLock.HoldAsync(conn, tx, config, events, ct);
        var script = await PlanAsync(conn, ct);
        var changes = script.Changes;
        AuthMigrateResult Result(bool applied, MigrationFailure? failure = null) =>
            new(script.Statements, changes.UnsafeChanges, changes.Drift, applied, dryRun, failure, clock.Elapsed);

        if (script.IsEmpty || changes.UnsafeChanges.Count > 0) return Result(applied: false);
        events(new MigrationStarting(TrackName, Direction.Up));
        foreach (var statement in script.Statements) events(new StatementIssued(TrackName, statement));
        if (dryRun) return Result(applied: false);

        var started = Stopwatch.StartNew();
        var failure = await ApplyAsync(conn, script.Statements, tx, ct);
        if (failure is not null) return Result(applied: false, failure);
        events(new MigrationFinished(TrackName, Direction.Up, started.Elapsed));
        return Result(applied: true);
    }

    /// <summary>
    /// The result of <see cref="MigrateAsync"/> when the schema <see cref="SchemaInspector.Commands"/> read needs
    /// nothing; null when it needs something (or a row check), which <see cref="MigrateAsync"/> does under the lock.
    /// </summary>
    internal AuthMigrateResult? NothingPending(SchemaInspector.Columns read, Stopwatch clock)
    {
        if (SchemaInspector.WithoutRowChecks(read, Desired) is not { } existing) return null;
        var script = AuthScript.Generate(Desired, existing);
        if (!script.IsEmpty || script.Changes.UnsafeChanges.Count > 0) return null;
        return new(script.Statements, script.Changes.UnsafeChanges, script.Changes.Drift, Applied: false, DryRun: false, null, clock.Elapsed);
    }

    /// <summary>Runs the statements in one transaction under lock_timeout; a failure rolls all of them back.</summary>
    async Task<MigrationFailure?> ApplyAsync(NpgsqlConnection conn, IReadOnlyList<string> statements, NpgsqlTransaction? lockedTx, CancellationToken ct)
    {
        await using var tx = lockedTx ?? await conn.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(conn, tx);
        if (config.LockTimeout > TimeSpan.Zero)
            batch.BatchCommands.Add(new($"SET LOCAL lock_timeout = '{DurationSetting.ToPostgres(config.LockTimeout)}'"));
        foreach (var statement in statements) batch.BatchCommands.Add(new(statement));
        try
        {
            await batch.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return null;
        }
        catch (PostgresException e)
        {
            try { await tx.RollbackAsync(CancellationToken.None); }
            catch (Exception r) when (r is NpgsqlException or InvalidOperationException) { /* the server already rolled back */ }
            // The failed command is the first one that never completed (its StatementType stays Unknown).
            var failed = e.BatchCommand ?? batch.BatchCommands.Cast<NpgsqlBatchCommand>().FirstOrDefault(c => c.StatementType == StatementType.Unknown);
            var message = Db.DbErrors.Describe(e);
            if (e.SqlState == "55P03")
                message += $"\n  hint: lock-timeout is {config.LockTimeout.TotalSeconds:0.###} s; another session holds a lock an auth table needs (see pg_locks), retry when it is done or raise \"lock-timeout\"";
            var where = Path.GetFileName(config.SourcePath ?? ConfigFile.DefaultName) + " (auth)";
            return new MigrationFailure(TrackName, where, null, null, failed?.CommandText, message, e.SqlState);
        }
    }
}
