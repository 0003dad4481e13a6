using Npgsql;
using Strata.Db;

namespace Strata.Tests.Reliability;

/// <summary>Connection settings a long deploy depends on.</summary>
public class ConnectionSettingsTests
{
    [Fact]
    public void Statements_have_no_client_side_timeout()
    {
        // Npgsql's default of 30 s cut off any migration statement (or wait for another runner's lock) after 30 s.
        using var source = Connector.CreateDataSource(ConnectionUrl.Parse("postgresql://u@127.0.0.1:5999/db"));
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(source.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void A_missing_sslrootcert_is_named_before_connecting()
    {
        var e = Assert.Throws<StrataException>(() => SslFiles.Check(ConnectionUrl.Parse("postgresql://u@127.0.0.1:5999/db?sslmode=verify-full&sslrootcert=/nope/ca.pem")));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains("sslrootcert file /nope/ca.pem", e.Message);
        SslFiles.Check(ConnectionUrl.Parse("postgresql://u@127.0.0.1:5999/db?sslmode=disable&sslrootcert=/nope/ca.pem"));
    }
}
