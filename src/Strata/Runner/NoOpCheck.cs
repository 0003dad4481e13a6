using System.Diagnostics;
using Npgsql;
using Strata.Auth;

namespace Strata.Runner;

/// <summary>
/// tern's fast path for <c>strata up</c>: the auth schema and the history are read in one batch, without the lock.
/// Most deploys find nothing to do, and then that one round trip is the whole run. Otherwise — something pending, or
/// a read that cannot decide (no tracking table yet, no checksum column, a required auth column to add) — the caller
/// takes the lock and reads again under it, so racing runners still serialise on the lock as before: a lock-free
/// read only ever ends a run that would have changed nothing.
/// </summary>
internal static class NoOpCheck
{
    /// <summary>The deploy's result when nothing is pending on either track; null when the locked path must run.</summary>
    public static async Task<DeployResult?> TryAsync(NpgsqlConnection conn, AuthRunner? auth, AppRunner app, RunRequest request, Stopwatch clock, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn);
        // The auth queries read database.schemaName, else current_schema() of the session as it is: nothing in this batch sets search_path.
        if (auth is not null)
            foreach (var command in SchemaInspector.Commands(auth.Desired)) batch.BatchCommands.Add(command);
        foreach (var command in app.HistoryCommands()) batch.BatchCommands.Add(command);
        try
        {
            await using var r = await batch.ExecuteReaderAsync(ct);
            AuthMigrateResult? authResult = null;
            if (auth is not null)
            {
                authResult = auth.NothingPending(await SchemaInspector.ReadColumnsAsync(r, ct), clock);
                await r.NextResultAsync(ct);
            }
            // Read even when the auth track has work: a C# migration to compile hands the command over from here.
            var appResult = await app.NothingPendingAsync(r, request, clock, ct);
            return appResult is not null && (auth is null || authResult is not null) ? new DeployResult(authResult, appResult, clock.Elapsed) : null;
        }
        catch (PostgresException)
        {
            // No tracking table (42P01), no checksum column (42703), a privilege missing…: the locked path reads
            // step by step and says what is wrong as it always has.
            return null;
        }
    }
}
