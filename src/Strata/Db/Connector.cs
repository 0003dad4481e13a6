using Npgsql;

namespace Strata.Db;

/// <summary>
/// Opens connections with Npgsql's slim data source (fast start-up, trimming-safe).
/// TLS is enabled explicitly; each connection's certificate policy comes from its own sslmode.
/// </summary>
public static class Connector
{
    public static NpgsqlDataSource CreateDataSource(ConnectionTarget target, string applicationName = "strata")
    {
        var csb = target.ToNpgsql(applicationName);
        // Migrations hold one connection for the whole run; a pool would only keep idle sessions around.
        csb.Pooling = false;
        csb.IncludeErrorDetail = true;
        var builder = new NpgsqlSlimDataSourceBuilder(csb.ConnectionString);
        builder.EnableTransportSecurity();
        return builder.Build();
    }

    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source, ConnectionTarget target, CancellationToken ct)
    {
        try
        {
            return await source.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Security.Authentication.AuthenticationException or System.Net.Sockets.SocketException or IOException)
        {
            throw DbErrors.Connect(e, target);
        }
    }
}
