using Npgsql;
using Strata.Db;
using Strata.Runner;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>
/// A run's connection asks the server to notice a client that is gone (client_connection_check_interval), whichever command
/// opened it (the migrator, `strata auth …`); the no-op's lock-free read does not spend a round trip on it. The kill test
/// (Reliability/CrashTests) shows what it is for.
/// </summary>
public class ClientCheckTests
{
    static async Task<string> Setting(NpgsqlConnection conn)
    {
        await using var show = new NpgsqlCommand("show client_connection_check_interval", conn);
        return (string)(await show.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_runs_connection_has_the_check_and_the_lock_free_read_does_not()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        var target = ConnectionUrl.Parse(url);
        var (runSource, run) = await Project.OpenAsync(target, loadTypes: true, CancellationToken.None);
        await using (runSource)
        await using (run)
        {
            if (run.PostgreSqlVersion.Major < 14) return; // the setting is PostgreSQL 14's
            Assert.Equal("1s", await Setting(run));
        }
        var (readSource, read) = await Project.OpenAsync(target, loadTypes: false, CancellationToken.None);
        await using (readSource)
        await using (read)
            Assert.Equal("0", await Setting(read));
    }
}
