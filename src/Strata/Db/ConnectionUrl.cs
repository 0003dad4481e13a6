using System.Globalization;
using System.Text;

namespace Strata.Db;

/// <summary>
/// Parses libpq connection strings: URLs (<c>postgres://</c>, <c>postgresql://</c>) and
/// keyword/value strings (<c>host=… dbname=…</c>). Errors name the part that is wrong
/// and never repeat the password.
/// </summary>
internal static class ConnectionUrl
{
    static readonly string[] Schemes = ["postgresql://", "postgres://"];

    public static ConnectionTarget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw Bad("the database URL is empty");
        foreach (var scheme in Schemes)
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                return ParseUrl(trimmed, scheme.Length);
        if (trimmed.Contains("://"))
            throw Bad($"the database URL has the scheme \"{trimmed[..trimmed.IndexOf("://", StringComparison.Ordinal)]}\"; expected postgres:// or postgresql://");
        if (trimmed.Contains('='))
            return ParseKeywordValue(trimmed);
        throw Bad("the database URL is neither a postgres:// URL nor a keyword/value string (host=… dbname=…)");
    }

    /// <summary>
    /// The password a connection string carries, raw and decoded, found even when the string does not
    /// parse, so that no message can repeat it.
    /// </summary>
    public static IReadOnlyList<string> SecretsIn(string text)
    {
        var found = new List<string>();
        try
        {
            if (Parse(text).Password is { } p) found.Add(p);
        }
        catch (StrataException) { }
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        int at = text.LastIndexOf('@');
        if (scheme >= 0 && at > scheme)
        {
            var userInfo = text[(scheme + 3)..at];
            int colon = userInfo.IndexOf(':');
            if (colon >= 0 && colon + 1 < userInfo.Length)
            {
                var raw = userInfo[(colon + 1)..];
                found.Add(raw);
                try { found.Add(Uri.UnescapeDataString(raw)); } catch (UriFormatException) { }
            }
        }
        foreach (var key in new[] { "password=", "sslpassword=" })
            for (int i = text.IndexOf(key, StringComparison.Ordinal); i >= 0; i = text.IndexOf(key, i + 1, StringComparison.Ordinal))
            {
                var rest = text[(i + key.Length)..];
                var value = rest.StartsWith('\'') ? rest[1..].Split('\'')[0] : rest.Split(' ', '&')[0];
                if (value.Length > 0) found.Add(value);
            }
        return found.Distinct().OrderByDescending(s => s.Length).ToList();
    }

    /// <summary>The text with any password replaced, for messages.</summary>
    public static string Redact(string text) => Secrets.Redact(text, SecretsIn(text));

    static ConnectionTarget ParseUrl(string url, int at)
    {
        string rest = url[at..];
        string? query = null;
        int q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        string? path = null;
        // The authority ends at the first '/', but an '@' after it would mean an unencoded '/' in the password.
        int at2 = rest.LastIndexOf('@');
        int slash = rest.IndexOf('/', at2 < 0 ? 0 : at2);
        if (slash >= 0) { path = rest[(slash + 1)..]; rest = rest[..slash]; }
        string? userInfo = null;
        if (at2 >= 0) { userInfo = rest[..at2]; rest = rest[(at2 + 1)..]; }

        var target = new ConnectionTarget();
        if (userInfo is not null)
        {
            int colon = userInfo.IndexOf(':');
            var user = colon < 0 ? userInfo : userInfo[..colon];
            if (user.Length > 0) target = target with { User = Decode(user, "user name") };
            if (colon >= 0) target = target with { Password = Decode(userInfo[(colon + 1)..], "password") };
        }
        var (hosts, ports) = ParseHosts(rest);
        target = target with { Hosts = hosts, Ports = ports };
        if (!string.IsNullOrEmpty(path))
            target = target with { Database = Decode(path, "database name") };
        if (query is not null)
        {
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0) throw Bad($"the URL parameter \"{Decode(eq < 0 ? pair : pair[..eq], "parameter")}\" has no value (expected name=value)");
                target = Apply(target, Decode(pair[..eq], "parameter name"), Decode(pair[(eq + 1)..], "parameter value"));
            }
        }
        return target;
    }

    static (IReadOnlyList<string>, IReadOnlyList<int?>) ParseHosts(string hostSpec)
    {
        if (hostSpec.Length == 0) return ([], []);
        var hosts = new List<string>();
        var ports = new List<int?>();
        foreach (var part in hostSpec.Split(','))
        {
            string host;
            string? port = null;
            if (part.StartsWith('['))
            {
                int close = part.IndexOf(']');
                if (close < 0) throw Bad($"the host \"{part}\" opens '[' without closing ']'");
                host = part[1..close];
                var after = part[(close + 1)..];
                if (after.StartsWith(':')) port = after[1..];
                else if (after.Length > 0) throw Bad($"unexpected \"{after}\" after the host [{host}]");
            }
            else
            {
                int colon = part.LastIndexOf(':');
                host = colon < 0 ? part : part[..colon];
                if (colon >= 0) port = part[(colon + 1)..];
            }
            hosts.Add(Decode(host, "host"));
            ports.Add(port is null || port.Length == 0 ? null : ParsePort(port));
        }
        return (hosts, ports);
    }

    static int ParsePort(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw Bad($"the port \"{text}\" is not a number from 1 to 65535");
        return port;
    }

    static ConnectionTarget ParseKeywordValue(string text)
    {
        var target = new ConnectionTarget();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i])) i++;
            var key = text[start..i];
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '=') throw Bad($"the connection keyword \"{key}\" has no value (expected {key}=value)");
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var value = new StringBuilder();
            if (i < text.Length && text[i] == '\'')
            {
                i++;
                bool closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '\\' && i + 1 < text.Length) { value.Append(text[i + 1]); i += 2; continue; }
                    if (text[i] == '\'') { closed = true; i++; break; }
                    value.Append(text[i++]);
                }
                if (!closed) throw Bad($"the value of \"{key}\" opens a quote that is never closed");
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    if (text[i] == '\\' && i + 1 < text.Length) { value.Append(text[i + 1]); i += 2; continue; }
                    value.Append(text[i++]);
                }
            }
            target = Apply(target, key, value.ToString());
        }
        return target;
    }

    static ConnectionTarget Apply(ConnectionTarget t, string name, string value) => name switch
    {
        "host" => WithHosts(t, value),
        "hostaddr" => WithHosts(t, value),
        "port" => t with { Ports = value.Split(',').Select(p => p.Length == 0 ? (int?)null : ParsePort(p)).ToList() },
        "dbname" => t with { Database = value },
        "user" => t with { User = value },
        "password" => t with { Password = value },
        "sslmode" => t with { SslMode = ParseSslMode(value) },
        "sslrootcert" => t with { SslRootCert = value },
        "sslcert" => t with { SslCert = value },
        "sslkey" => t with { SslKey = value },
        "sslpassword" => t with { SslPassword = value },
        "application_name" => t with { ApplicationName = value },
        "fallback_application_name" => t with { ApplicationName = t.ApplicationName ?? value },
        "connect_timeout" => t with { ConnectTimeout = ParseTimeout(value) },
        "options" => t with { Options = value },
        "target_session_attrs" => t with { TargetSessionAttrs = ParseTargetSessionAttrs(value) },
        _ => throw Bad($"unknown connection parameter \"{name}\" (known: host, port, dbname, user, password, sslmode, sslrootcert, sslcert, sslkey, sslpassword, application_name, connect_timeout, options, target_session_attrs)"),
    };

    static ConnectionTarget WithHosts(ConnectionTarget t, string value) =>
        t with { Hosts = value.Split(',').Select(h => h.Trim()).ToList() };

    static SslMode ParseSslMode(string value) => value switch
    {
        "disable" => SslMode.Disable,
        "allow" => SslMode.Allow,
        "prefer" => SslMode.Prefer,
        "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCa,
        "verify-full" => SslMode.VerifyFull,
        _ => throw Bad($"unknown sslmode \"{value}\" (expected disable, allow, prefer, require, verify-ca or verify-full)"),
    };

    static int ParseTimeout(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
            ? s
            : throw Bad($"connect_timeout \"{value}\" is not a whole number of seconds");

    static string ParseTargetSessionAttrs(string value) => value switch
    {
        "any" or "read-write" or "read-only" or "primary" or "standby" or "prefer-standby" => value,
        _ => throw Bad($"unknown target_session_attrs \"{value}\""),
    };

    static string Decode(string text, string what)
    {
        try
        {
            // Uri.UnescapeDataString leaves malformed escapes as they are; libpq rejects them, so do we.
            for (int i = text.IndexOf('%'); i >= 0; i = text.IndexOf('%', i + 1))
                if (i + 2 >= text.Length || !Uri.IsHexDigit(text[i + 1]) || !Uri.IsHexDigit(text[i + 2]))
                    throw Bad($"the {what} has an invalid percent-encoding (a '%' must be followed by two hex digits)");
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            throw Bad($"the {what} has an invalid percent-encoding");
        }
    }

    static StrataException Bad(string message) => StrataException.Input("Invalid database URL: " + message + ".");
}
