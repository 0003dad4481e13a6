using Npgsql;
using Strata.Db;

namespace Strata.Runner;

/// <summary>
/// A throwaway database for lint on a server Strata may create databases on (the project's embedded cluster by
/// default, or <c>lint-scratch-url</c>): created empty from template0, dropped when lint is done.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    readonly NpgsqlDataSource _adminSource, _source;
    readonly NpgsqlConnection _admin;

    ScratchDatabase(NpgsqlDataSource adminSource, NpgsqlConnection admin, NpgsqlDataSource source, NpgsqlConnection connection, string name, int version)
    {
        (_adminSource, _admin, _source, Connection, Name, Version) = (adminSource, admin, source, connection, name, version);
    }

    public NpgsqlConnection Connection { get; }
    public string Name { get; }
    public int Version { get; }

    public static async Task<ScratchDatabase> CreateAsync(ConnectionTarget server, CancellationToken ct)
    {
        var adminTarget = server with { Database = server.Database ?? "postgres" };
        var adminSource = Connector.CreateDataSource(adminTarget, "strata lint");
        NpgsqlConnection? admin = null;
        try
        {
            admin = await Connector.OpenAsync(adminSource, adminTarget, ct);
            var name = "strata_lint_" + Guid.NewGuid().ToString("N")[..12];
            await using (var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0", admin))
            {
                try { await create.ExecuteNonQueryAsync(ct); }
                catch (PostgresException e)
                {
                    throw StrataException.Database($"lint needs a scratch database and cannot create one on {adminTarget}: {e.MessageText}; set \"lint-scratch-url\" to a server where it may (or leave it unset for the embedded cluster).", e);
                }
            }
            var target = server with { Database = name };
            var source = Connector.CreateDataSource(target, "strata lint");
            var conn = await Connector.OpenAsync(source, target, ct);
            return new ScratchDatabase(adminSource, admin, source, conn, name, admin.PostgreSqlVersion.Major * 10000 + admin.PostgreSqlVersion.Minor);
        }
        catch
        {
            if (admin is not null) await admin.DisposeAsync();
            await adminSource.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _source.DisposeAsync();
        try
        {
            var force = _admin.PostgreSqlVersion.Major >= 13 ? " WITH (FORCE)" : "";
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name}{force}", _admin);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException) { /* a scratch database left behind is named strata_lint_*; nothing depends on it */ }
        await _admin.DisposeAsync();
        await _adminSource.DisposeAsync();
    }
}
