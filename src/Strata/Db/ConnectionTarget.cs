using Npgsql;

namespace Strata.Db;

/// <summary>
/// Where and how to connect, parsed from a libpq URL or keyword/value string.
/// <see cref="ToString"/> never shows the password.
/// </summary>
internal sealed record ConnectionTarget
{
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public IReadOnlyList<int?> Ports { get; init; } = [];
    public string? Database { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }
    public SslMode? SslMode { get; init; }
    public string? SslRootCert { get; init; }
    public string? SslCert { get; init; }
    public string? SslKey { get; init; }
    public string? SslPassword { get; init; }
    public string? ApplicationName { get; init; }
    public int? ConnectTimeout { get; init; }
    public string? Options { get; init; }
    public string? TargetSessionAttrs { get; init; }

    /// <summary>The effective sslmode: libpq's default is prefer, and require with an explicit root certificate verifies the CA.</summary>
    public SslMode EffectiveSslMode => (SslMode, SslRootCert) switch
    {
        (null, "system") => Db.SslMode.VerifyFull,
        (null, _) => Db.SslMode.Prefer,
        (Db.SslMode.Require, not null) => Db.SslMode.VerifyCa,
        var (mode, _) => mode.Value,
    };

    /// <summary>Npgsql settings with libpq's meaning. Certificate checks are set per connection here, never process-wide.</summary>
    public NpgsqlConnectionStringBuilder ToNpgsql(string defaultApplicationName = "strata")
    {
        var b = new NpgsqlConnectionStringBuilder();
        var hosts = Hosts.Count == 0 ? [DefaultHost()] : Hosts;
        b.Host = string.Join(',', hosts.Select((h, i) =>
        {
            int? port = i < Ports.Count ? Ports[i] : Ports.Count == 1 ? Ports[0] : null;
            var host = h.Contains(':') && !h.StartsWith('[') && !h.StartsWith('/') ? "[" + h + "]" : h;
            return port is null ? host : host + ":" + port;
        }));
        if (Database is not null) b.Database = Database;
        if (User is not null) b.Username = User;
        if (Password is not null) b.Password = Password;
        b.SslMode = EffectiveSslMode switch
        {
            Db.SslMode.Disable => Npgsql.SslMode.Disable,
            Db.SslMode.Allow => Npgsql.SslMode.Allow,
            Db.SslMode.Prefer => Npgsql.SslMode.Prefer,
            Db.SslMode.Require => Npgsql.SslMode.Require,
            Db.SslMode.VerifyCa => Npgsql.SslMode.VerifyCA,
            _ => Npgsql.SslMode.VerifyFull,
        };
        if (SslRootCert is not null && SslRootCert != "system") b.RootCertificate = SslRootCert;
        if (SslCert is not null) b.SslCertificate = SslCert;
        if (SslKey is not null) b.SslKey = SslKey;
        if (SslPassword is not null) b.SslPassword = SslPassword;
        b.ApplicationName = ApplicationName ?? defaultApplicationName;
        if (ConnectTimeout is { } t) b.Timeout = t <= 0 ? 0 : Math.Max(2, t);
        if (Options is not null) b.Options = Options;
        if (TargetSessionAttrs is not null)
            b.TargetSessionAttributes = TargetSessionAttrs;
        // Npgsql reads libpq's environment defaults only partly; keep the user's PG* variables meaningful.
        b.Username ??= Environment.GetEnvironmentVariable("PGUSER");
        b.Database ??= Environment.GetEnvironmentVariable("PGDATABASE");
        b.Password ??= Environment.GetEnvironmentVariable("PGPASSWORD");
        b.Username ??= Environment.UserName;
        b.Database ??= b.Username;
        return b;
    }

    static string DefaultHost()
    {
        var env = Environment.GetEnvironmentVariable("PGHOST");
        if (!string.IsNullOrEmpty(env)) return env;
        // libpq's compiled-in default on Debian and most Linux packages.
        return Directory.Exists("/var/run/postgresql") ? "/var/run/postgresql" : "localhost";
    }

    /// <summary>A description safe to print: user, host, port, database; never the password.</summary>
    public override string ToString()
    {
        var host = Hosts.Count == 0 ? "(default host)" : string.Join(',', Hosts);
        var port = Ports.FirstOrDefault() is { } p ? ":" + p : "";
        return $"{(User is null ? "" : User + "@")}{host}{port}/{Database ?? "(default database)"}";
    }
}
