using Strata.Db;

namespace Strata.Tests.Db;

public class ConnectionUrlTests
{
    public static TheoryData<string, string> Good => new()
    {
        // url, expected: host|port|db|user|password|sslmode
        { "postgres://u:p@h:5433/d", "h|5433|d|u|p|Prefer" },
        { "postgresql://u:p@h:5433/d", "h|5433|d|u|p|Prefer" },
        { "postgres://h/d", "h||d|||Prefer" },
        { "postgres://h", "h||||||Prefer".Replace("||||||", "|||||") },
        { "postgres://u@h/d", "h||d|u||Prefer" },
        { "postgres://u:p%40ss%2Fw%3Ard@h/d", "h||d|u|p@ss/w:rd|Prefer" },
        { "postgres://us%20er:pw@h/d", "h||d|us er|pw|Prefer" },
        { "postgres://u:p@[::1]:5432/d", "::1|5432|d|u|p|Prefer" },
        { "postgres://u:p@h/my%20db", "h||my db|u|p|Prefer" },
        { "postgres://u:p@h/d?sslmode=disable", "h||d|u|p|Disable" },
        { "postgres://u:p@h/d?sslmode=allow", "h||d|u|p|Allow" },
        { "postgres://u:p@h/d?sslmode=prefer", "h||d|u|p|Prefer" },
        { "postgres://u:p@h/d?sslmode=require", "h||d|u|p|Require" },
        { "postgres://u:p@h/d?sslmode=verify-ca&sslrootcert=/ca.pem", "h||d|u|p|VerifyCa" },
        { "postgres://u:p@h/d?sslmode=verify-full&sslrootcert=/ca.pem", "h||d|u|p|VerifyFull" },
        { "postgres://u:p@h/d?sslmode=require&sslrootcert=/ca.pem", "h||d|u|p|VerifyCa" },
        { "postgres://u:p@h/d?sslrootcert=system", "h||d|u|p|VerifyFull" },
        { "postgres:///d?host=/var/run/postgresql", "/var/run/postgresql||d|||Prefer" },
        { "postgres://u@/d?host=%2Ftmp%2Fsock", "/tmp/sock||d|u||Prefer" },
        { "postgres://h1:5432,h2:5433/d", "h1,h2|5432|d|||Prefer" },
        { "postgres://u:p@h/d?application_name=api&connect_timeout=5", "h||d|u|p|Prefer" },
        { "postgres://u:p@h/d?options=-c%20search_path%3Dapp", "h||d|u|p|Prefer" },
        { "postgres://u:p@h/d?target_session_attrs=read-write", "h||d|u|p|Prefer" },
        { "POSTGRES://u:p@h/d", "h||d|u|p|Prefer" },
        { "postgres://u:p:with:colons@h/d", "h||d|u|p:with:colons|Prefer" },
        { "postgres://u:p@ss@h/d", "h||d|u|p@ss|Prefer" },
        { "host=h port=5433 dbname=d user=u password=p", "h|5433|d|u|p|Prefer" },
        { "host=h dbname=d password='a b\\'c' sslmode=require", "h||d||a b'c|Require" },
        { "  postgres://u:p@h/d  ", "h||d|u|p|Prefer" },
    };

    [Theory]
    [MemberData(nameof(Good))]
    public void Good_urls_parse_with_libpq_meaning(string url, string expected)
    {
        var t = ConnectionUrl.Parse(url);
        var actual = string.Join('|', string.Join(',', t.Hosts), t.Ports.FirstOrDefault()?.ToString() ?? "", t.Database ?? "", t.User ?? "", t.Password ?? "", t.EffectiveSslMode);
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string> Bad => new()
    {
        // url, a fragment the message must contain
        { "", "empty" },
        { "mysql://u:p@h/d", "mysql" },
        { "postgres://u:p@h:abc/d", "\"abc\"" },
        { "postgres://u:p@h:0/d", "\"0\"" },
        { "postgres://u:p@h:70000/d", "\"70000\"" },
        { "postgres://u:p@h/d?sslmode=sometimes", "unknown sslmode \"sometimes\"" },
        { "postgres://u:p@h/d?sslmod=require", "unknown connection parameter \"sslmod\"" },
        { "postgres://u:p@h/d?foo=bar", "\"foo\"" },
        { "postgres://u:p@h/d?sslmode", "\"sslmode\" has no value" },
        { "postgres://u:p%zz@h/d", "password has an invalid percent-encoding" },
        { "postgres://u:p@h/d%2", "database name has an invalid percent-encoding" },
        { "postgres://u:p@[::1/d", "'['" },
        { "postgres://u:p@h/d?connect_timeout=soon", "connect_timeout" },
        { "postgres://u:p@h/d?target_session_attrs=fastest", "target_session_attrs" },
        { "just some words", "neither" },
        { "host=h dbname", "\"dbname\" has no value" },
        { "host=h password='unterminated", "never closed" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Bad_urls_are_input_errors_naming_the_part(string url, string fragment)
    {
        var e = Assert.Throws<StrataException>(() => ConnectionUrl.Parse(url));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains(fragment, e.Message);
        Assert.DoesNotContain("p%zz", e.Message);
    }

    [Fact]
    public void Url_with_percent_encoded_password_is_decoded()
    {
        Assert.Equal("p@ss/w:rd", ConnectionUrl.Parse("postgres://u:p%40ss%2Fw%3Ard@h/d").Password);
    }

    [Fact]
    public void Npgsql_only_encrypts_and_the_verify_modes_are_checked_by_strata()
    {
        var require = ConnectionUrl.Parse("postgres://h/d?sslmode=require").ToNpgsql();
        Assert.Equal(Npgsql.SslMode.Require, require.SslMode);
        Assert.Null(require.RootCertificate);
        // ServerCertificateCheck does verify-full against sslrootcert, so that a refusal can say which check failed.
        var full = ConnectionUrl.Parse("postgres://h/d?sslmode=verify-full&sslrootcert=/etc/ca.pem");
        Assert.Equal(Npgsql.SslMode.Require, full.ToNpgsql().SslMode);
        Assert.Null(full.ToNpgsql().RootCertificate);
        Assert.Equal(SslMode.VerifyFull, full.EffectiveSslMode);
    }

    [Theory]
    [InlineData("postgresql://u@%2Ftmp%2Fsock:5497/db", "/tmp/sock", 5497)]
    [InlineData("postgresql://u@/db?host=/tmp/sock&port=5497", "/tmp/sock", 5497)]
    [InlineData("host=/tmp/sock port=5497 dbname=db", "/tmp/sock", 5497)]
    public void A_socket_directory_keeps_its_port(string url, string host, int port)
    {
        var b = ConnectionUrl.Parse(url).ToNpgsql();
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
    }

    [Fact]
    public void Options_application_name_and_timeout_reach_npgsql()
    {
        var b = ConnectionUrl.Parse("postgres://h/d?options=-c%20search_path%3Dapp&application_name=api&connect_timeout=7").ToNpgsql();
        Assert.Equal("-c search_path=app", b.Options);
        Assert.Equal("api", b.ApplicationName);
        Assert.Equal(7, b.Timeout);
    }

    [Theory]
    [InlineData("postgres://u:hunter22@h/d")]
    [InlineData("postgres://u:hunter22@h:notaport/d")]
    [InlineData("host=h password=hunter22 bogus=1")]
    public void Secrets_are_found_even_in_urls_that_do_not_parse(string url)
    {
        Assert.Contains("hunter22", SecretSources.InConnectionString(url));
        Assert.DoesNotContain("hunter22", SecretSources.Redact(url));
    }

    [Fact]
    public void ToString_never_shows_the_password()
    {
        Assert.DoesNotContain("hunter22", ConnectionUrl.Parse("postgres://u:hunter22@h/d").ToString());
    }
}
