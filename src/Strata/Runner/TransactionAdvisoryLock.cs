using Npgsql;
using Strata.Config;

namespace Strata.Runner;

/// <summary>
/// The migration lock held by the run's one transaction (<c>pg_advisory_xact_lock</c>), for
/// <c>"advisory-lock-scope": "transaction"</c>: behind PgBouncer in transaction pooling a session lock
/// would stay with whichever server connection took it, while a transaction keeps one server connection
/// from BEGIN to COMMIT, and the lock ends with it (commit, rollback or a dropped connection).
/// </summary>
internal static class TransactionAdvisoryLock
{
    /// <summary>Takes the lock inside <paramref name="tx"/>, reporting a wait as events (as <see cref="AdvisoryLock.HoldAsync"/> does).</summary>
    public static Task HoldAsync(NpgsqlConnection conn, NpgsqlTransaction tx, MigrateConfig config, Action<RunEvent> events, CancellationToken ct) =>
        AdvisoryLock.ReportingWaitAsync(events, onWaiting => AcquireAsync(conn, tx, config, onWaiting, ct));

    /// <summary>Takes the lock inside <paramref name="tx"/>, waiting up to lock-wait-timeout; on giving up the transaction is rolled back.</summary>
    public static async Task AcquireAsync(NpgsqlConnection conn, NpgsqlTransaction tx, MigrateConfig config, Action<string> onWaiting, CancellationToken ct)
    {
        await using (var tryLock = new NpgsqlCommand($"select pg_try_advisory_xact_lock({config.LockValue})", conn, tx))
            if (await tryLock.ExecuteScalarAsync(ct) is true) return;

        var holder = await AdvisoryLock.HolderAsync(conn, config.LockValue, ct) ?? "another session";
        if (!config.LockWait)
            throw StrataException.Database($"Another migration is already running: the advisory lock {config.LockValue} is held by {holder} (advisory-lock-mode is \"fail\").");
        onWaiting(holder);
        try
        {
            await using var wait = new NpgsqlCommand(
                $"set local lock_timeout = '{DurationSetting.ToPostgres(config.LockWaitTimeout)}'; select pg_advisory_xact_lock({config.LockValue}); set local lock_timeout = default", conn, tx);
            await wait.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == "55P03")
        {
            await tx.RollbackAsync(CancellationToken.None);
            var still = await AdvisoryLock.HolderAsync(conn, config.LockValue, ct) ?? holder;
            throw StrataException.Database($"Gave up waiting for the migration lock after {config.LockWaitTimeout.TotalSeconds:0.#} s (lock-wait-timeout): it is held by {still}.");
        }
        catch (PostgresException e) when (e.SqlState == "57014" && !ct.IsCancellationRequested)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw AdvisoryLock.StatementTimeoutEndedWait(config, holder);
        }
    }
}
