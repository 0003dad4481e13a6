using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Strata.Db;

/// <summary>
/// libpq's verify-ca and verify-full, done here rather than by Npgsql so that a refusal says which check failed —
/// the CA, or the host name (checked against <c>host</c> even when <c>hostaddr</c> is what was dialled, as libpq does) —
/// instead of .NET's "rejected by the provided RemoteCertificateValidationCallback". Set per data source, never process-wide.
/// </summary>
internal sealed class ServerCertificateCheck(ConnectionTarget target)
{
    readonly Dictionary<string, string> _names = target.Endpoints()
        .GroupBy(e => e.Address, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    public void Configure(SslClientAuthenticationOptions options)
    {
        options.EnabledSslProtocols = Protocols(target.SslMinProtocol, target.SslMaxProtocol);
        if (target.EffectiveSslMode is SslMode.VerifyCa or SslMode.VerifyFull)
            options.RemoteCertificateValidationCallback = Validate;
    }

    /// <summary>libpq's default minimum is TLS 1.2; an empty range is refused before connecting.</summary>
    internal static SslProtocols Protocols(string? min, string? max)
    {
#pragma warning disable SYSLIB0039 // TLS 1.0 and 1.1 only when the URL asks for them, as libpq allows
        SslProtocols[] all = [SslProtocols.Tls, SslProtocols.Tls11, SslProtocols.Tls12, SslProtocols.Tls13];
#pragma warning restore SYSLIB0039
        int lo = Index(min) ?? 2, hi = Index(max) ?? 3;
        var result = SslProtocols.None;
        for (int i = lo; i <= hi; i++) result |= all[i];
        return result;

        static int? Index(string? v) => v switch { "TLSv1" => 0, "TLSv1.1" => 1, "TLSv1.2" => 2, "TLSv1.3" => 3, _ => null };
    }

    bool Validate(object sender, X509Certificate? certificate, X509Chain? _, SslPolicyErrors __)
    {
        if (certificate is null) throw new CertificateRejectedException("the server sent no certificate");
        using var cert = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        CheckAuthority(cert);
        if (target.EffectiveSslMode == SslMode.VerifyFull)
        {
            var dialled = (sender as SslStream)?.TargetHostName ?? "";
            var name = _names.TryGetValue(dialled, out var n) ? n : dialled;
            if (!cert.MatchesHostname(name.Trim('[', ']')))
                throw new CertificateRejectedException($"server certificate for {Describe(cert)} does not match host name \"{name}\"",
                    "connect by a name the certificate holds, or use sslmode=verify-ca to check only the CA");
        }
        return true;
    }

    void CheckAuthority(X509Certificate2 cert)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var root = target.SslRootCert;
        if (root is not null && root != "system")
        {
            var roots = new X509Certificate2Collection();
            try
            {
                roots.ImportFromPemFile(root);
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new CertificateRejectedException($"sslrootcert={root} could not be read as PEM certificates ({e.GetType().Name})",
                    "point sslrootcert at the CA's certificate in PEM form");
            }
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.ExtraStore.AddRange(roots);
        }
        if (chain.Build(cert)) return;
        var statuses = chain.ChainStatus.Select(s => s.Status).ToHashSet();
        var mode = "sslmode=" + target.SslModeName;
        if (statuses.Contains(X509ChainStatusFlags.NotTimeValid))
            throw new CertificateRejectedException($"the server's certificate has expired or is not valid yet ({mode})", "renew the server's certificate");
        throw root is null or "system"
            ? new CertificateRejectedException($"the server's certificate is not signed by a CA this machine trusts ({mode}, no sslrootcert)",
                "set sslrootcert to the CA that signed it, or use sslmode=require to encrypt without verifying")
            : new CertificateRejectedException($"the server's certificate is not signed by the CA in sslrootcert={root} ({mode}{(target.SslMode == SslMode.Require ? ", which verifies the CA when sslrootcert is given, as libpq does" : "")})",
                "set sslrootcert to the CA that signed the server's certificate" + (target.SslMode == SslMode.Require ? ", or leave sslrootcert out to encrypt without verifying" : ", or use sslmode=require to encrypt without verifying"));
    }

    /// <summary>The certificate's first DNS name and how many more it holds, as libpq words it.</summary>
    static string Describe(X509Certificate2 cert)
    {
        var names = cert.Extensions.Where(e => e.Oid?.Value == "2.5.29.17")
            .Select(e => new X509SubjectAlternativeNameExtension(e.RawData))
            .SelectMany(e => e.EnumerateDnsNames().Concat(e.EnumerateIPAddresses().Select(a => a.ToString()))).ToList();
        if (names.Count == 0) return $"\"{cert.GetNameInfo(X509NameType.SimpleName, false)}\"";
        return names.Count == 1 ? $"\"{names[0]}\"" : $"\"{names[0]}\" (and {names.Count - 1} other name{(names.Count > 2 ? "s" : "")})";
    }
}

/// <summary>The server's certificate failed libpq's verification; the message says which check and how to fix it.</summary>
internal sealed class CertificateRejectedException(string reason, string? fix = null)
    : AuthenticationException(fix is null ? reason : reason + ": " + fix);
