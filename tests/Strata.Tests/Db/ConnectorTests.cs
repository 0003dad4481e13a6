using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>Connections to a real server: SSL modes against a self-signed certificate, authentication, and secrets.</summary>
public class ConnectorTests
{
    static readonly string[] MigrateUp = ["migrate", "up"];

    static async Task<(PostgresServer, string, TestProject)> SetupAsync()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);\nselect ssl::text from pg_stat_ssl where pid = pg_backend_pid();", "drop table a;");
        return (s, db, p);
    }

    [Fact]
    public async Task Sslmode_require_reaches_a_server_with_a_self_signed_certificate_encrypted()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        p.Write("migrations/1700000000001_ssl.sql",
            "-- Up Migration\ncreate table ssl_seen as select ssl from pg_stat_ssl where pid = pg_backend_pid();\n-- Down Migration\ndrop table ssl_seen;");
        var r = await StrataCli.RunAsync(p, s.PasswordUrl(db, query: "sslmode=require"), MigrateUp);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.True(await s.ScalarAsync<bool>("select ssl from ssl_seen", db));
    }

    [Fact]
    public async Task Verify_ca_with_the_right_root_certificate_connects()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        var r = await StrataCli.RunAsync(p, s.PasswordUrl(db, query: $"sslmode=verify-ca&sslrootcert={Uri.EscapeDataString(s.CaCertificate)}"), MigrateUp);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public async Task Verify_ca_with_a_wrong_root_certificate_fails_clearly()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        var wrong = Path.Combine(p.Directory, "other-ca.crt");
        await PostgresServer.Run("openssl", ["req", "-new", "-x509", "-days", "1", "-nodes", "-subj", "/CN=other", "-keyout", Path.Combine(p.Directory, "other.key"), "-out", wrong], false);
        var r = await StrataCli.RunAsync(p, s.PasswordUrl(db, query: $"sslmode=verify-ca&sslrootcert={Uri.EscapeDataString(wrong)}"), MigrateUp);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("is not signed by the CA in sslrootcert=" + wrong, r.Error);
        Assert.DoesNotContain(PostgresServer.Password, r.All);
        Assert.DoesNotContain("   at ", r.All);
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('a')::text", db));
    }

    [Fact]
    public async Task Verify_full_with_a_host_name_mismatch_fails()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        // The certificate names localhost; 127.0.0.1 is not that name.
        var r = await StrataCli.RunAsync(p, s.PasswordUrl(db, query: $"sslmode=verify-full&sslrootcert={Uri.EscapeDataString(s.CaCertificate)}"), MigrateUp);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("server certificate for \"localhost\" does not match host name \"127.0.0.1\"", r.Error);
    }

    [Fact]
    public async Task Wrong_password_is_exit_1_naming_the_user_and_never_the_password()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        const string wrong = "not-the-Password-42";
        var r = await StrataCli.RunAsync(p, s.PasswordUrl(db, wrong), [.. MigrateUp, "--verbose"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"password authentication failed for user \"{PostgresServer.PasswordUser}\"", r.Error);
        Assert.DoesNotContain(wrong, r.All);
        Assert.DoesNotContain(Uri.EscapeDataString(wrong), r.All);
    }

    [Fact]
    public async Task The_password_never_appears_in_any_output_even_verbose_and_json()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        p.Write("migrations/1700000000001_leak.sql", $"-- Up Migration\nselect '{PostgresServer.Password}'::int;\n-- Down Migration\n");
        foreach (var args in new[] { MigrateUp, [.. MigrateUp, "--verbose"], [.. MigrateUp, "--json"], [.. MigrateUp, "--dry-run", "--verbose"] })
        {
            var r = await StrataCli.RunAsync(p, s.PasswordUrl(db), args);
            Assert.DoesNotContain(PostgresServer.Password, r.All);
            Assert.DoesNotContain(Uri.EscapeDataString(PostgresServer.Password), r.All);
        }
    }

    [Fact]
    public async Task A_server_that_is_down_is_exit_1_with_a_clear_message()
    {
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, "postgresql://u:pw-secret@127.0.0.1:1/d?connect_timeout=2", MigrateUp);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Cannot connect to u@127.0.0.1:1/d: connection refused", r.Error);
        Assert.DoesNotContain("pw-secret", r.All);
    }

    [Fact]
    public async Task A_missing_database_is_named()
    {
        var s = await PostgresServer.GetAsync();
        using var p = new TestProject();
        var r = await StrataCli.RunAsync(p, s.Url("no_such_db"), MigrateUp);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("database \"no_such_db\" does not exist", r.Error);
    }

    [Fact]
    public async Task Sslmode_disable_against_a_server_that_requires_ssl_fails_clearly()
    {
        var (s, db, p) = await SetupAsync();
        using var _ = p;
        var plain = await StrataCli.RunAsync(p, $"postgresql://{PostgresServer.SslOnlyUser}@127.0.0.1:{s.Port}/{db}?sslmode=disable", MigrateUp);
        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("Cannot connect", plain.Error);
        Assert.Contains("no encryption", plain.Error);
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('a')::text", db));
        var encrypted = await StrataCli.RunAsync(p, $"postgresql://{PostgresServer.SslOnlyUser}@127.0.0.1:{s.Port}/{db}?sslmode=require", MigrateUp);
        Assert.True(encrypted.ExitCode == 0, encrypted.ToString());
    }
}
