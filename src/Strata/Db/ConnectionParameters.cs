using System.Globalization;

namespace Strata.Db;

/// <summary>
/// libpq's connection keywords (URL parameters and keyword/value pairs) with libpq's meaning. Every keyword of
/// libpq 17's documentation is here: applied, accepted where libpq itself gives it no effect here, or refused by name
/// with the reason — never silently dropped.
/// </summary>
internal static class ConnectionParameters
{
    public static ConnectionTarget Apply(ConnectionTarget t, string name, string value) => name switch
    {
        "host" => t with { Hosts = List(value) },
        "hostaddr" => t with { HostAddrs = List(value) },
        "port" => t with { Ports = value.Split(',').Select(p => p.Trim().Length == 0 ? (int?)null : ParsePort(p.Trim())).ToList() },
        "dbname" => t with { Database = value },
        "user" => t with { User = value },
        "password" => t with { Password = value },
        "passfile" => t with { Passfile = value },
        "sslmode" => t with { SslMode = SslModes.Parse(value) ?? throw Bad($"unknown sslmode \"{value}\" (expected disable, allow, prefer, require, verify-ca or verify-full)") },
        "requiressl" => t with { RequireSsl = Bool(name, value) },
        "sslrootcert" => t with { SslRootCert = value },
        "sslcert" => t with { SslCert = value },
        "sslkey" => t with { SslKey = value },
        "sslpassword" => t with { SslPassword = value },
        "ssl_min_protocol_version" => t with { SslMinProtocol = TlsVersion(name, value) },
        "ssl_max_protocol_version" => t with { SslMaxProtocol = TlsVersion(name, value) },
        "sslnegotiation" => t with { SslDirect = OneOf(name, value, "postgres", "direct") == "direct" },
        // Compression is disabled in every TLS library PostgreSQL supports; libpq ignores the setting too.
        "sslcompression" => Accept(t, Bool(name, value)),
        "sslsni" => Bool(name, value) ? t : throw Refused(name, "the TLS stack always sends the host name (SNI); leave sslsni out"),
        "sslcertmode" => OneOf(name, value, "disable", "allow", "require") == "allow" ? t
            : throw Refused(name, "only sslcertmode=allow (libpq's default) is supported: a client certificate is sent when sslcert names one"),
        "sslcrl" or "sslcrldir" => throw Refused(name, "certificate revocation lists are not supported; leave it out, or check revocation in front of the server"),
        "sslkeylogfile" => throw Refused(name, "TLS key logging is not supported"),
        "channel_binding" => t with { ChannelBinding = OneOf(name, value, "disable", "prefer", "require") },
        "require_auth" => t with { RequireAuth = RequireAuth(value) },
        "gssencmode" => OneOf(name, value, "disable", "prefer", "require") == "require"
            ? throw Refused(name, "GSSAPI encryption is not supported; use sslmode=require (or verify-full) to encrypt")
            : t,
        "krbsrvname" => t with { KerberosServiceName = value },
        "gsslib" => OneOf(name, value, "gssapi", "sspi") == "gssapi" ? t : throw Refused(name, "only gsslib=gssapi applies outside Windows"),
        "gssdelegation" => Bool(name, value) ? throw Refused(name, "credential delegation (GSSAPI) is not supported") : t,
        "application_name" => t with { ApplicationName = value },
        "fallback_application_name" => t with { ApplicationName = t.ApplicationName ?? value },
        "connect_timeout" => t with { ConnectTimeout = Int(name, value, "a whole number of seconds") },
        "options" => t with { Options = value },
        "client_encoding" => value.ToUpperInvariant() is "UTF8" or "UTF-8" or "UNICODE" or "AUTO" ? t
            : throw Refused(name, $"Strata reads and writes UTF8 (migration files are UTF-8); client_encoding={value} is not supported"),
        "target_session_attrs" => t with { TargetSessionAttrs = OneOf(name, value, "any", "read-write", "read-only", "primary", "standby", "prefer-standby") },
        "load_balance_hosts" => t with { LoadBalanceHosts = OneOf(name, value, "disable", "random") == "random" },
        "keepalives" => t with { KeepAlives = Int(name, value, "0 or 1") != 0 },
        "keepalives_idle" => t with { KeepAlivesIdle = Int(name, value, "a whole number of seconds") },
        "keepalives_interval" => t with { KeepAlivesInterval = Int(name, value, "a whole number of seconds") },
        // Npgsql cannot set these; the operating system's values apply (the connection still works as libpq's would).
        "keepalives_count" => Accept(t, Int(name, value, "a whole number")),
        "tcp_user_timeout" => Accept(t, Int(name, value, "a whole number of milliseconds")),
        "replication" => throw Refused(name, "a migration needs an ordinary session, not a replication connection; leave replication out"),
        "requirepeer" => throw Refused(name, "checking the server's operating-system user is not supported; leave requirepeer out"),
        "service" => throw Refused(name, "service files (pg_service.conf) are not read; put the service's host, port, dbname and user in the URL"),
        "min_protocol_version" or "max_protocol_version" => OneOf(name, value, "3.0", "3.2", "latest") == "3.0" ? t
            : throw Refused(name, "only protocol version 3.0 is supported"),
        _ when name.StartsWith("oauth_", StringComparison.Ordinal) => throw Refused(name, "OAuth authentication is not supported"),
        _ => throw Bad($"unknown connection parameter \"{name}\" (see libpq's list: host, hostaddr, port, dbname, user, password, passfile, sslmode, sslrootcert, sslcert, sslkey, target_session_attrs, options, …)"),
    };

    static ConnectionTarget Accept<T>(ConnectionTarget t, T _) => t;

    static List<string> List(string value) => value.Split(',').Select(h => h.Trim()).ToList();

    public static int ParsePort(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw Bad($"the port \"{text}\" is not a number from 1 to 65535");
        return port;
    }

    static int Int(string name, string value, string expected) =>
        int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Bad($"{name} \"{value}\" is not {expected}");

    static bool Bool(string name, string value) => value.Trim() switch
    {
        "1" or "true" or "on" or "yes" => true,
        "0" or "false" or "off" or "no" => false,
        _ => throw Bad($"{name} \"{value}\" is not 0 or 1"),
    };

    static string OneOf(string name, string value, params string[] allowed) =>
        allowed.Contains(value)
            ? value
            : throw Bad($"unknown {name} \"{value}\" (expected {string.Join(", ", allowed[..^1])} or {allowed[^1]})");

    static string TlsVersion(string name, string value) =>
        value is "TLSv1" or "TLSv1.1" or "TLSv1.2" or "TLSv1.3" or ""
            ? value
            : throw Bad($"unknown {name} \"{value}\" (expected TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3)");

    /// <summary>libpq's require_auth list in Npgsql's names (same meaning, including the "!" of a negated list).</summary>
    static string RequireAuth(string value) => string.Join(',', value.Split(',').Select(m =>
    {
        var method = m.Trim();
        var not = method.StartsWith('!') ? "!" : "";
        return not + (method.TrimStart('!') switch
        {
            "password" => "Password",
            "md5" => "MD5",
            "gss" => "GSS",
            "sspi" => "SSPI",
            "scram-sha-256" => "ScramSHA256",
            "none" => "None",
            var other => throw Bad($"unknown require_auth method \"{other}\" (expected password, md5, gss, sspi, scram-sha-256 or none, each optionally with !)"),
        });
    }));

    static StrataException Refused(string name, string why) => Bad($"the connection parameter \"{name}\" is not supported: {why}");

    static StrataException Bad(string message) => StrataException.Input("Invalid database URL: " + message + ".");
}
