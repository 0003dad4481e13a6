namespace Strata.Db;

/// <summary>
/// The certificate and key files a URL names must exist before connecting: otherwise the TLS stack
/// reports only "Exception while performing SSL handshake", which names neither the file nor the parameter.
/// </summary>
internal static class SslFiles
{
    public static void Check(ConnectionTarget target)
    {
        if (target.EffectiveSslMode == SslMode.Disable) return;
        foreach (var (name, path) in new[] { ("sslrootcert", target.SslRootCert), ("sslcert", target.SslCert), ("sslkey", target.SslKey) })
        {
            if (path is null || (name == "sslrootcert" && path == "system")) continue;
            if (Directory.Exists(path) || !File.Exists(path))
                throw StrataException.Input($"Invalid database URL: the {name} file {path} does not exist{(Directory.Exists(path) ? " (it is a directory)" : "")}.");
        }
    }
}
