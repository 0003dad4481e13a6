using System.Globalization;
using Npgsql;

namespace Strata.Db;

/// <summary>
/// Where and how to connect, parsed from a libpq URL or keyword/value string.
/// <see cref="ToString"/> never shows the password.
/// </summary>
internal sealed record ConnectionTarget
{
    public IReadOnlyList<string> Hosts { get; init; } = [];
    /// <summary>libpq's hostaddr: the numeric addresses to connect to, while <see cref="Hosts"/> stay the names to verify.</summary>
    public IReadOnlyList<string> HostAddrs { get; init; } = [];
    public IReadOnlyList<int?> Ports { get; init; } = [];
    public string? Database { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }
    public string? Passfile { get; init; }
    public SslMode? SslMode { get; init; }
    /// <summary>libpq's deprecated requiressl=1: sslmode=require unless sslmode is given.</summary>
    public bool RequireSsl { get; init; }
    public string? SslRootCert { get; init; }
    public string? SslCert { get; init; }
    public string? SslKey { get; init; }
    public string? SslPassword { get; init; }
    public string? SslMinProtocol { get; init; }
    public string? SslMaxProtocol { get; init; }
    public bool SslDirect { get; init; }
    public string? ChannelBinding { get; init; }
    public string? RequireAuth { get; init; }
    public string? KerberosServiceName { get; init; }
    public string? ApplicationName { get; init; }
    public int? ConnectTimeout { get; init; }
    public string? Options { get; init; }
    public string? TargetSessionAttrs { get; init; }
    public bool LoadBalanceHosts { get; init; }
    public bool? KeepAlives { get; init; }
    public int? KeepAlivesIdle { get; init; }
    public int? KeepAlivesInterval { get; init; }

    /// <summary>The effective sslmode: libpq's default is prefer, and require with an explicit root certificate verifies the CA.</summary>
    public SslMode EffectiveSslMode => (SslMode ?? (RequireSsl ? Db.SslMode.Require : null), SslRootCert) switch
    {
        (null, "system") => Db.SslMode.VerifyFull,
        (null, _) => Db.SslMode.Prefer,
        (Db.SslMode.Require, not null) => Db.SslMode.VerifyCa,
        var (mode, _) => mode.Value,
    };

    /// <summary>The sslmode as the user wrote it (libpq's name), for messages.</summary>
    internal string SslModeName => SslModes.Name(SslMode ?? (RequireSsl ? Db.SslMode.Require : EffectiveSslMode));

    /// <summary>One server to try: the address to connect to, its port, and the name its certificate must carry.</summary>
    internal sealed record Endpoint(string Address, int Port, string Name);

    /// <summary>
    /// The servers to try, in order, with libpq's pairing rules: hostaddr entries replace the host entries they stand
    /// beside; one port applies to every host, otherwise there is one port per host.
    /// </summary>
    internal IReadOnlyList<Endpoint> Endpoints()
    {
        int count = Math.Max(Math.Max(Hosts.Count, HostAddrs.Count), 1);
        if (Hosts.Count > 0 && HostAddrs.Count > 0 && Hosts.Count != HostAddrs.Count)
            throw Bad($"could not match {Hosts.Count} host names to {HostAddrs.Count} hostaddr values");
        if (Ports.Count > 1 && Ports.Count != count)
            throw Bad($"could not match {Ports.Count} port numbers to {count} hosts");
        var list = new List<Endpoint>(count);
        for (int i = 0; i < count; i++)
        {
            var host = i < Hosts.Count && Hosts[i].Length > 0 ? Hosts[i] : null;
            var addr = i < HostAddrs.Count && HostAddrs[i].Length > 0 ? HostAddrs[i] : null;
            var port = (Ports.Count == 1 ? Ports[0] : i < Ports.Count ? Ports[i] : null) ?? DefaultPort();
            var connect = addr ?? host ?? DefaultHost();
            list.Add(new Endpoint(connect, port, host ?? connect));
        }
        return list;
    }

    /// <summary>Npgsql settings with libpq's meaning. Certificate checks are set per connection (<see cref="ServerCertificateCheck"/>), never process-wide.</summary>
    public NpgsqlConnectionStringBuilder ToNpgsql(string defaultApplicationName = "strata")
    {
        var b = new NpgsqlConnectionStringBuilder();
        var endpoints = Endpoints();
        if (endpoints.Count == 1)
        {
            // Host and Port apart: Npgsql reads "/socket/dir:5497" as a directory name when there is one host.
            b.Host = endpoints[0].Address;
            b.Port = endpoints[0].Port;
        }
        else
        {
            b.Host = string.Join(',', endpoints.Select(e => (e.Address.Contains(':') && !e.Address.StartsWith('[') && !e.Address.StartsWith('/') ? "[" + e.Address + "]" : e.Address) + ":" + e.Port));
            b.Port = DefaultPort();
        }
        if (Database is not null) b.Database = Database;
        if (User is not null) b.Username = User;
        if (Password is not null) b.Password = Password;
        if (Passfile is not null) b.Passfile = Passfile;
        // verify-ca and verify-full are checked by ServerCertificateCheck, which says what failed; Npgsql only encrypts.
        b.SslMode = EffectiveSslMode switch
        {
            Db.SslMode.Disable => Npgsql.SslMode.Disable,
            Db.SslMode.Allow => Npgsql.SslMode.Allow,
            Db.SslMode.Prefer => Npgsql.SslMode.Prefer,
            _ => Npgsql.SslMode.Require,
        };
        if (SslDirect) b.SslNegotiation = SslNegotiation.Direct;
        if (SslCert is not null) b.SslCertificate = SslCert;
        if (SslKey is not null) b.SslKey = SslKey;
        if (SslPassword is not null) b.SslPassword = SslPassword;
        // Without Kerberos support, libpq's default gssencmode=prefer finds no credentials and goes on unencrypted by GSS.
        b.GssEncryptionMode = GssEncryptionMode.Disable;
        if (ChannelBinding is not null)
            b.ChannelBinding = ChannelBinding switch { "disable" => Npgsql.ChannelBinding.Disable, "require" => Npgsql.ChannelBinding.Require, _ => Npgsql.ChannelBinding.Prefer };
        if (RequireAuth is not null) b.RequireAuth = RequireAuth;
        if (KerberosServiceName is not null) b.KerberosServiceName = KerberosServiceName;
        b.ApplicationName = ApplicationName ?? defaultApplicationName;
        if (ConnectTimeout is { } t) b.Timeout = t <= 0 ? 0 : Math.Max(2, t);
        if (Options is not null) b.Options = Options;
        if (LoadBalanceHosts) b.LoadBalanceHosts = true;
        // libpq turns TCP keepalives on unless keepalives=0.
        b.TcpKeepAlive = KeepAlives ?? true;
        if (KeepAlives != false && (KeepAlivesIdle is not null || KeepAlivesInterval is not null))
        {
            b.TcpKeepAliveTime = KeepAlivesIdle ?? 7200;
            if (KeepAlivesInterval is { } interval) b.TcpKeepAliveInterval = interval;
        }
        // Npgsql reads libpq's environment defaults only partly; keep the user's PG* variables meaningful.
        b.Username ??= Environment.GetEnvironmentVariable("PGUSER");
        b.Database ??= Environment.GetEnvironmentVariable("PGDATABASE");
        b.Password ??= Environment.GetEnvironmentVariable("PGPASSWORD");
        b.Username ??= Environment.UserName;
        b.Database ??= b.Username;
        return b;
    }

    /// <summary>Npgsql's name for <see cref="TargetSessionAttrs"/>, or null for any.</summary>
    internal TargetSessionAttributes? SessionAttributes => TargetSessionAttrs switch
    {
        null or "any" => null,
        "read-write" => TargetSessionAttributes.ReadWrite,
        "read-only" => TargetSessionAttributes.ReadOnly,
        "primary" => TargetSessionAttributes.Primary,
        "standby" => TargetSessionAttributes.Standby,
        _ => TargetSessionAttributes.PreferStandby,
    };

    static int DefaultPort() =>
        int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536 ? p : 5432;

    static string DefaultHost()
    {
        var env = Environment.GetEnvironmentVariable("PGHOST");
        if (!string.IsNullOrEmpty(env)) return env;
        // libpq's compiled-in default on Debian and most Linux packages.
        return Directory.Exists("/var/run/postgresql") ? "/var/run/postgresql" : "localhost";
    }

    static StrataException Bad(string message) => StrataException.Input("Invalid database URL: " + message + ".");

    /// <summary>A description safe to print: user, every host with its port, database; never the password.</summary>
    public override string ToString()
    {
        string hosts;
        try
        {
            hosts = Hosts.Count == 0 && HostAddrs.Count == 0 && Ports.Count == 0
                ? "(default host)"
                : string.Join(',', Endpoints().Select(e => e.Name + ":" + e.Port));
        }
        catch (StrataException)
        {
            hosts = string.Join(',', Hosts);
        }
        return $"{(User is null ? "" : User + "@")}{hosts}/{Database ?? "(default database)"}";
    }
}
