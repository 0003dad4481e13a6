using Npgsql;
using Strata.Config;

namespace Strata.Runner;

/// <summary>
/// The session advisory lock every runner takes before it reads the history, with node-pg-migrate's
/// key by default so the two tools exclude each other. Waiting is bounded by lock_timeout, and the
/// holder is named (pid, application_name) both while waiting and when giving up.
/// </summary>
internal static class AdvisoryLock
{
    /// <summary>Who holds the lock, as a person reads it; null when nobody does any more.</summary>
    public static async Task<string?> HolderAsync(NpgsqlConnection conn, long key, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            select a.pid, coalesce(nullif(a.application_name, ''), '(no application_name)'), coalesce(a.client_addr::text, 'local'), a.state, a.backend_start
            from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted and l.classid::bigint = $1 and l.objid::bigint = $2 and l.objsubid = 1
              and l.database = (select oid from pg_database where datname = current_database())
            limit 1
            """, conn);
        // pg_locks splits a bigint advisory key into two oids: the high and the low 32 bits.
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)(uint)(key >> 32) });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)(uint)key });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return $"pid {r.GetInt32(0)} ({r.GetString(1)}, from {r.GetString(2)}, {r.GetString(3)} since {r.GetDateTime(4):yyyy-MM-dd HH:mm:ss})";
    }

    /// <summary>Takes the lock, waiting up to the configured time when another runner holds it.</summary>
    public static async Task AcquireAsync(NpgsqlConnection conn, MigrateConfig config, Action<string> onWaiting, CancellationToken ct)
    {
        await using (var tryLock = new NpgsqlCommand($"select pg_try_advisory_lock({config.LockValue})", conn))
            if (await tryLock.ExecuteScalarAsync(ct) is true) return;

        var holder = await HolderAsync(conn, config.LockValue, ct) ?? "another session";
        if (!config.LockWait)
            throw StrataException.Database($"Another migration is already running: the advisory lock {config.LockValue} is held by {holder} (advisory-lock-mode is \"fail\").");
        onWaiting(holder);
        try
        {
            await using var wait = new NpgsqlCommand(
                $"set lock_timeout = '{DurationSetting.ToPostgres(config.LockWaitTimeout)}'; select pg_advisory_lock({config.LockValue}); reset lock_timeout", conn);
            await wait.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == "55P03")
        {
            var still = await HolderAsync(conn, config.LockValue, ct) ?? holder;
            throw StrataException.Database($"Gave up waiting for the migration lock after {config.LockWaitTimeout.TotalSeconds:0.#} s (lock-wait-timeout): it is held by {still}.");
        }
        catch (PostgresException e) when (e.SqlState == "57014" && !ct.IsCancellationRequested)
        {
            throw StatementTimeoutEndedWait(config, holder);
        }
    }

    /// <summary>The server's statement_timeout is shorter than lock-wait-timeout and ended the wait first (57014).</summary>
    internal static StrataException StatementTimeoutEndedWait(MigrateConfig config, string holder) => StrataException.Database(
        $"The server's statement_timeout ended the wait for the migration lock (held by {holder}) before lock-wait-timeout ({config.LockWaitTimeout.TotalSeconds:0.#} s): " +
        "set lock-wait-timeout below the role's statement_timeout, or raise statement_timeout for the role that migrates (ALTER ROLE … SET statement_timeout = 0).");

    /// <summary>
    /// Holds the lock until disposed, reporting a wait as events. Session advisory locks are re-entrant, so a
    /// runner may take it again under a caller that already holds it (<c>strata up</c> holds it around both tracks).
    /// </summary>
    public static async Task<IAsyncDisposable> HoldAsync(NpgsqlConnection conn, MigrateConfig config, Action<RunEvent> events, CancellationToken ct)
    {
        // With "advisory-lock-scope": "transaction" each track takes pg_advisory_xact_lock in its own transaction instead.
        if (!config.Lock || config.LockInTransaction) return new Held(null, 0);
        await ReportingWaitAsync(events, onWaiting => AcquireAsync(conn, config, onWaiting, ct));
        return new Held(conn, config.LockValue);
    }

    /// <summary>Runs an acquisition, telling who is waited for and, once it is taken, for how long.</summary>
    internal static async Task ReportingWaitAsync(Action<RunEvent> events, Func<Action<string>, Task> acquire)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var waitedAtAll = false;
        await acquire(holder => { waitedAtAll = true; events(new LockWaiting(holder)); });
        if (waitedAtAll) events(new LockAcquired(waited.Elapsed));
    }

    sealed class Held(NpgsqlConnection? conn, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (conn is not null) await ReleaseAsync(conn, key);
        }
    }

    public static async Task ReleaseAsync(NpgsqlConnection conn, long key)
    {
        if (conn.State != System.Data.ConnectionState.Open) return;
        await using var cmd = new NpgsqlCommand($"select pg_advisory_unlock({key})", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
