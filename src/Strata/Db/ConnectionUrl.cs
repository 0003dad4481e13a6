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
        return Checked(ParseForm(trimmed));
    }

    static ConnectionTarget ParseForm(string trimmed)
    {
        foreach (var scheme in Schemes)
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                return ParseUrl(trimmed, scheme.Length);
        if (trimmed.Contains("://"))
            throw Bad($"the database URL has the scheme \"{trimmed[..trimmed.IndexOf("://", StringComparison.Ordinal)]}\"; expected postgres:// or postgresql://");
        if (trimmed.Contains('='))
            return ParseKeywordValue(trimmed);
        throw Bad("the database URL is neither a postgres:// URL nor a keyword/value string (host=… dbname=…)");
    }

    /// <summary>What libpq refuses before dialling: host, hostaddr and port lists that do not pair up, an empty TLS range, direct SSL without sslmode=require.</summary>
    static ConnectionTarget Checked(ConnectionTarget t)
    {
        _ = t.Endpoints();
        if (ServerCertificateCheck.Protocols(t.SslMinProtocol, t.SslMaxProtocol) == System.Security.Authentication.SslProtocols.None)
            throw Bad($"invalid SSL protocol version range: ssl_min_protocol_version={t.SslMinProtocol} is above ssl_max_protocol_version={t.SslMaxProtocol}");
        if (t.SslDirect && t.EffectiveSslMode < SslMode.Require)
            throw Bad($"sslnegotiation=direct needs sslmode=require, verify-ca or verify-full (it is {t.SslModeName})");
        return t;
    }

    static ConnectionTarget ParseUrl(string url, int at)
    {
        string rest = url[at..];
        string? userInfo = null;
        int at2 = UserInfoEnd(rest);
        if (at2 >= 0) { userInfo = rest[..at2]; rest = rest[(at2 + 1)..]; }
        string? query = null;
        int q = rest.IndexOf('?');
        if (q >= 0) { query = rest[(q + 1)..]; rest = rest[..q]; }
        string? path = null;
        int slash = rest.IndexOf('/');
        if (slash >= 0) { path = rest[(slash + 1)..]; rest = rest[..slash]; }

        var target = new ConnectionTarget();
        if (userInfo is not null)
        {
            int colon = userInfo.IndexOf(':');
            var user = colon < 0 ? userInfo : userInfo[..colon];
            if (user.Length > 0) target = target with { User = Decode(user, "user name") };
            if (colon >= 0) target = target with { Password = Decode(userInfo[(colon + 1)..], "password") };
        }
        var (hosts, ports) = ParseHosts(rest, passwordMayBeHere: userInfo is null);
        target = target with { Hosts = hosts, Ports = ports };
        if (!string.IsNullOrEmpty(path))
            target = target with { Database = Decode(path, "database name") };
        if (query is not null)
        {
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0) throw Bad($"the URL parameter \"{Decode(eq < 0 ? pair : pair[..eq], "parameter")}\" has no value (expected name=value)");
                target = ConnectionParameters.Apply(target, Decode(pair[..eq], "parameter name"), Decode(pair[(eq + 1)..], "parameter value"));
            }
        }
        return target;
    }

    static (IReadOnlyList<string>, IReadOnlyList<int?>) ParseHosts(string hostSpec, bool passwordMayBeHere)
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
            ports.Add(port is null || port.Length == 0 ? null : passwordMayBeHere ? ParseUrlPort(port, host) : ConnectionParameters.ParsePort(port));
        }
        return (hosts, ports);
    }

    /// <summary>
    /// The index of the '@' that ends the user info, or -1. As libpq: the first '@' before any '/', so a
    /// raw '?' or '#' in a password belongs to the password (psql connects with it). Strata also takes the
    /// last '@' of the authority, so a raw '@' in a password works, and, when a '/' comes first, the last
    /// '@' before the query, so does a raw '/'.
    /// </summary>
    internal static int UserInfoEnd(string afterScheme)
    {
        int firstAt = afterScheme.IndexOf('@');
        if (firstAt < 0) return -1;
        int slash = afterScheme.IndexOf('/');
        if (slash < 0 || firstAt < slash)
        {
            int end = slash;
            if (end < 0) end = afterScheme.IndexOf('?', firstAt);
            if (end < 0) end = afterScheme.Length;
            return afterScheme.LastIndexOf('@', end - 1);
        }
        int query = afterScheme.IndexOf('?');
        return afterScheme.LastIndexOf('@', (query >= 0 ? query : afterScheme.Length) - 1);
    }

    /// <summary>Without user info the port is not repeated in the message: a URL missing "@host" (<c>user:password/db</c>) puts the password there.</summary>
    static int ParseUrlPort(string text, string host) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : throw Bad($"the port after \"{host}\" is not a number from 1 to 65535 (a password must be followed by @host: user:password@host/db)");

    static ConnectionTarget ParseKeywordValue(string text)
    {
        var target = new ConnectionTarget();
        string? previousKey = null;
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i])) i++;
            var key = text[start..i];
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '=')
                throw Bad(previousKey is null || Keywords.Contains(key)
                    ? $"the connection keyword \"{key}\" has no value (expected {key}=value)"
                    : $"the value of \"{previousKey}\" contains a space; put it in single quotes ({previousKey}='…')");
            previousKey = key;
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
            target = ConnectionParameters.Apply(target, key, value.ToString());
        }
        return target;
    }

    /// <summary>A word without '=' that is not one of these is the rest of the previous value (which may be a password).</summary>
    static readonly HashSet<string> Keywords = ["host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword", "application_name", "fallback_application_name", "connect_timeout", "options", "target_session_attrs"];

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
