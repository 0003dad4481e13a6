using Npgsql;

namespace Strata.Db;

/// <summary>
/// Opens connections with Npgsql's slim data source (fast start-up, trimming-safe).
/// TLS is enabled explicitly; each connection's certificate policy comes from its own sslmode.
/// </summary>
internal static class Connector
{
    /// <summary>
    /// A data source for <paramref name="target"/>. Without <paramref name="loadTypes"/> it skips Npgsql's type loading, a
    /// round trip on every connection: for a connection that reads built-in types only. pgm.Db needs the server's types
    /// (an enum column cannot be read without them, Db/TypeLoadingTests).
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(ConnectionTarget target, string applicationName = "strata", bool loadTypes = true)
    {
        var csb = target.ToNpgsql(applicationName);
        // Migrations hold one connection for the whole run; a pool would only keep idle sessions around.
        csb.Pooling = false;
        csb.IncludeErrorDetail = true;
        // No client-side command timeout (Npgsql's default is 30 s): a migration may rightly run for minutes, and
        // waits are bounded where they are meant to be (lock-timeout, lock-wait-timeout, the server's statement_timeout).
        csb.CommandTimeout = 0;
        var builder = new NpgsqlSlimDataSourceBuilder(csb.ConnectionString);
        builder.EnableTransportSecurity();
        if (!loadTypes) builder.ConfigureTypeLoading(t => t.EnableTypeLoading(false));
        builder.UseSslClientAuthenticationOptionsCallback(new ServerCertificateCheck(target).Configure);
        // Npgsql takes target_session_attrs only from a multi-host data source, even for one host (libpq takes it for any).
        return target.SessionAttributes is { } attributes
            ? builder.BuildMultiHost().WithTargetSession(attributes)
            : builder.Build();
    }

    public static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource source, ConnectionTarget target, CancellationToken ct)
    {
        SslFiles.Check(target);
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
