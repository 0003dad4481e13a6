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
            SocketException { SocketErrorCode: SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported } when SocketsOf(target) is { Length: > 0 } sockets =>
                $"no server socket {sockets}: is the server running, and is that its socket directory (host) and port?",
            SocketException s => s.Message,
            CertificateRejectedException c => c.Message,
            AuthenticationException a => SslMessage(a, target),
            TimeoutException => "timed out while connecting",
            _ when e is NpgsqlException { InnerException: TimeoutException } => "timed out while connecting",
            // Npgsql's words when every host answered but none had the session attributes asked for.
            NpgsqlException { Message: "No suitable host was found." } =>
                $"no server there matches target_session_attrs={target.TargetSessionAttrs} (point the URL at such a server, or drop target_session_attrs)",
            _ => FirstLine(e.Message),
        };
        return StrataException.Database($"Cannot connect to {where}: {message}", e);
    }

    static string SslMessage(AuthenticationException a, ConnectionTarget t)
    {
        var detail = FirstLine(a.InnerException?.Message ?? a.Message);
        return $"the SSL handshake failed (sslmode={t.SslModeName}): {detail}";
    }

    static string UserOf(PostgresException pg, ConnectionTarget t)
    {
        var text = pg.MessageText;
        int q = text.IndexOf('"');
        return q >= 0 ? text[(q + 1)..].TrimEnd('"') : t.User ?? "?";
    }

    /// <summary>The Unix socket files a target dials, as psql names them (<c>/dir/.s.PGSQL.5432</c>).</summary>
    static string SocketsOf(ConnectionTarget t)
    {
        try
        {
            return string.Join(" or ", t.Endpoints().Where(e => e.Address.StartsWith('/')).Select(e => $"{e.Address.TrimEnd('/')}/.s.PGSQL.{e.Port}"));
        }
        catch (StrataException)
        {
            return "";
        }
    }

    static Exception Root(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is CertificateRejectedException) return x;
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PostgresException or SocketException or AuthenticationException or TimeoutException) return x;
        return e;
    }

    /// <summary>
    /// A server error outside a migration's own statements (creating the tracking table, taking the lock, reading the
    /// schema): PostgreSQL's words, then the cause and the fix for the errors a configuration or a role leads to.
    /// </summary>
    public static StrataException Server(PostgresException pg, string? role)
    {
        var who = role is null ? "the role that migrates" : $"the role \"{role}\"";
        var fix = pg.SqlState switch
        {
            "3F000" => "create it, or set \"create-schema\": true (for \"schema\") or \"create-migrations-schema\": true (for \"migrations-schema\") in .migraterc.json, or fix the name there",
            "42501" => $"{who} lacks that privilege: grant it (for a schema: GRANT CREATE ON SCHEMA … TO {role ?? "…"}) or migrate as the owner",
            "25006" => "this session is read-only (a standby, or default_transaction_read_only is on for the role or database): migrate on the primary (target_session_attrs=read-write in the URL picks it) or turn default_transaction_read_only off",
            "57014" => $"the server's statement_timeout stopped it: raise it for {who} (ALTER ROLE … SET statement_timeout = 0) or add options=-c%20statement_timeout%3D0 to the URL",
            "53300" => "the server has no free connection slots: retry when other sessions have ended, or raise max_connections",
            "57P01" or "57P02" or "57P03" => "the server is shutting down or restarting: retry when it is up",
            _ => null,
        };
        return StrataException.Database(fix is null ? Describe(pg) : $"{pg.MessageText} ({pg.SqlState}): {fix}.", pg);
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
