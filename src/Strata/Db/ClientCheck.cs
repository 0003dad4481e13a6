using Npgsql;

namespace Strata.Db;

/// <summary>
/// Asks the server to check, while a statement runs, that Strata is still connected (client_connection_check_interval,
/// PostgreSQL 14+). Killed outright (SIGKILL, the OOM killer, a lost machine), Strata cannot cancel its statement, and the
/// server ran it to its end (a long index build, a table rewrite) holding its locks and the migration lock, and only
/// then rolled it back: the next deploy waited for a run that was already gone.
/// </summary>
internal static class ClientCheck
{
    const string Interval = "1s";

    /// <summary>Best effort: a server before 14, or one that does not know the setting, is left as it is.</summary>
    public static async Task EnableAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        if (conn.PostgreSqlVersion.Major < 14) return;
        try
        {
            await using var set = new NpgsqlCommand($"set client_connection_check_interval = '{Interval}'", conn);
            await set.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException)
        {
            // A fork that reports 14 without the setting (42704), or a pooler that refuses SET: the run goes on without it.
        }
    }
}
