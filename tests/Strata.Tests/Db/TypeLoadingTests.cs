using Strata.Db;
using Strata.Runner;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>
/// The no-op check's connection skips Npgsql's type loading (a round trip per connection); the connection migrations run
/// on loads types, because pgm.Db reads user-defined types: enums and domains (arrays and composites stay off in the slim data source, as before).
/// </summary>
public class TypeLoadingTests
{
    const string Query = """
        select 'happy'::mood as e, 7::positive as d, 1.5::numeric as n,
               '2020-01-02 03:04:05+00'::timestamptz as ts, 'ab'::bytea as b
        """;

    static async Task<(string Url, ConnectionTarget Target)> WithUserTypesAsync()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        await s.ExecuteAsync("create type mood as enum ('sad', 'happy'); create domain positive as int check (value > 0); create type pair as (a int, b text)", db);
        return (url, ConnectionUrl.Parse(url));
    }

    [Fact]
    public async Task Pgm_db_reads_user_defined_types_on_the_connection_migrations_run_on()
    {
        var (_, target) = await WithUserTypesAsync();
        await using var source = Connector.CreateDataSource(target);
        await using var conn = await Connector.OpenAsync(source, target, CancellationToken.None);

        var row = Assert.Single(await new ConnectionDatabase(conn).SelectAsync(Query));

        Assert.Equal("happy", row["e"]);
        Assert.Equal(7, row["d"]);
    }

    [Fact]
    public async Task Without_type_loading_an_enum_cannot_be_read_so_only_the_no_op_check_skips_it()
    {
        var (_, target) = await WithUserTypesAsync();
        await using var source = Connector.CreateDataSource(target, loadTypes: false);
        await using var conn = await Connector.OpenAsync(source, target, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidCastException>(() => new ConnectionDatabase(conn).SelectAsync("select 'happy'::mood"));
    }
}
