using System.Net.Sockets;
using System.Security.Authentication;
using Npgsql;

namespace Strata.Db;

/// <summary>The one place that turns a connection or server error into a message for a person.</summary>
internal static class DbErrors
{
    /// <summary>A failure to open a connection, naming the server (never the password).</summary>
    public static StrataException Connect(Exception e, ConnectionTarget target)
    {
        var where = target.ToString();
        string message = Root(e) switch
        {
            PostgresException { SqlState: "28P01" } pg => $"password authentication failed for user \"{UserOf(pg, target)}\"",
            PostgresException { SqlState: "28000" } pg => pg.MessageText,
            PostgresException { SqlState: "3D000" } pg => pg.MessageText + " (create it, or fix the database name in the URL)",
            PostgresException pg => $"{pg.MessageText} ({pg.SqlState})",
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused: is the server running and accepting connections on that host and port?",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData } => "the host name could not be resolved",
            SocketException s => s.Message,
            AuthenticationException a => SslMessage(a, target),
            TimeoutException => "timed out while connecting",
            _ when e is NpgsqlException { InnerException: TimeoutException } => "timed out while connecting",
            _ => FirstLine(e.Message),
        };
        return StrataException.Database($"Cannot connect to {where}: {message}", e);
    }

    static string SslMessage(AuthenticationException a, ConnectionTarget t)
    {
        var mode = t.EffectiveSslMode;
        var detail = FirstLine(a.InnerException?.Message ?? a.Message);
        return mode switch
        {
            SslMode.VerifyCa or SslMode.VerifyFull when t.SslRootCert is null or "system" =>
                $"the server's certificate could not be verified (sslmode={ModeName(mode)}, no sslrootcert: set sslrootcert to the CA that signed it, or use sslmode=require to encrypt without verifying): {detail}",
            SslMode.VerifyCa or SslMode.VerifyFull =>
                $"the server's certificate could not be verified against sslrootcert={t.SslRootCert} (sslmode={ModeName(mode)}): {detail}",
            _ => $"the SSL handshake failed: {detail}",
        };
    }

    static string ModeName(SslMode m) => m switch
    {
        SslMode.VerifyCa => "verify-ca",
        SslMode.VerifyFull => "verify-full",
        _ => m.ToString().ToLowerInvariant(),
    };

    static string UserOf(PostgresException pg, ConnectionTarget t)
    {
        var text = pg.MessageText;
        int q = text.IndexOf('"');
        return q >= 0 ? text[(q + 1)..].TrimEnd('"') : t.User ?? "?";
    }

    static Exception Root(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException or SocketException or AuthenticationException or TimeoutException) return x;
        return e;
    }

    /// <summary>PostgreSQL's own words for a failed statement, with detail and hint when it gave them.</summary>
    public static string Describe(PostgresException pg)
    {
        var text = $"{pg.MessageText} ({pg.SqlState})";
        if (!string.IsNullOrEmpty(pg.Detail)) text += $"\n  detail: {pg.Detail}";
        if (!string.IsNullOrEmpty(pg.Hint)) text += $"\n  hint: {pg.Hint}";
        return text;
    }

    static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
