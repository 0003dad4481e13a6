using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Strata.Hosting;
using Strata.Runner;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Hosting;

public class StrataHostingTests
{
    [Fact]
    public async Task A_host_migrates_before_it_serves()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddStrataMigrations(new ProjectOptions { Directory = p.Directory, DatabaseUrl = s.Url(db) });
        bool tableExistedWhenServing = false;
        builder.Services.AddHostedService(_ => new Probe(async () =>
            tableExistedWhenServing = await s.ScalarAsync<string>("select to_regclass('a')::text", db) == "a"));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
        Assert.True(tableExistedWhenServing);
    }

    [Fact]
    public async Task A_failed_migration_fails_the_start()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_bad", "select 1/0;", "");
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddStrataMigrations(new ProjectOptions { Directory = p.Directory, DatabaseUrl = s.Url(db) });
        using var host = builder.Build();
        var e = await Assert.ThrowsAsync<StrataException>(() => host.StartAsync());
        Assert.Contains("division by zero", e.Message);
    }

    sealed class Probe(Func<Task> onStart) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => onStart();
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
