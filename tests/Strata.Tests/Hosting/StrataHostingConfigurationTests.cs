using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Strata.Hosting;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Hosting;

/// <summary>
/// A host configured as ASP.NET Core apps are: the connection string from IConfiguration, the migrations compiled into
/// the app, a health check, logs with event ids, an activity per run and per migration, and metrics.
/// </summary>
public class StrataHostingConfigurationTests
{
    static readonly System.Reflection.Assembly AppMigrations = typeof(CreateUsers).Assembly;

    static HostApplicationBuilder Builder(TestProject p, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = p.Directory, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    static async Task<HealthReport> HealthAsync(IHost host) => await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    [Theory]
    [InlineData("url")]
    [InlineData("npgsql")]
    public async Task The_connection_string_comes_from_ConnectionStrings(string form)
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        var cs = form == "url" ? s.Url(db) : $"Host=127.0.0.1;Port={new Uri(s.Url(db)).Port};Database={db};Username=postgres;SSL Mode=Disable";
        var builder = Builder(p, new() { ["ConnectionStrings:Default"] = cs });
        builder.Services.AddStrataMigrations(o => o.FromAssembly(AppMigrations));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
        Assert.Equal(3L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
    }

    [Fact]
    public async Task The_Strata_section_is_bound_and_migraterc_is_still_read()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", """{ "migrations-table": "app_history" }""");
        var builder = Builder(p, new() { ["Strata:ConnectionStringName"] = "Main", ["ConnectionStrings:Main"] = s.Url(db) });
        builder.Services.AddStrataMigrations(o => o.FromAssembly(AppMigrations));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
        Assert.Equal(3L, await s.ScalarAsync<long>("select count(*) from app_history", db));
    }

    [Fact]
    public async Task Health_is_degraded_while_migrations_are_pending_and_healthy_after_the_run()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        var builder = Builder(p, new() { ["ConnectionStrings:Default"] = s.Url(db), ["Strata:RunOnStartup"] = "false" });
        builder.Services.AddStrataMigrations(o => o.FromAssembly(AppMigrations));
        builder.Services.AddHealthChecks().AddStrataMigrations();
        using var host = builder.Build();
        await host.StartAsync();
        var before = await HealthAsync(host);
        Assert.Equal(HealthStatus.Degraded, before.Status);
        Assert.Contains("3 pending", before.Entries["strata"].Description);
        await host.Services.GetRequiredService<StrataMigrations>().UpAsync();
        Assert.Equal(HealthStatus.Healthy, (await HealthAsync(host)).Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task Health_is_unhealthy_after_a_failed_run_when_the_host_keeps_serving()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_bad", "select 1/0;", "");
        var builder = Builder(p, new() { ["ConnectionStrings:Default"] = s.Url(db), ["Strata:StopOnFailure"] = "false" });
        builder.Services.AddStrataMigrations();
        builder.Services.AddHealthChecks().AddStrataMigrations();
        using var host = builder.Build();
        await host.StartAsync();
        var report = await HealthAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("division by zero", report.Entries["strata"].Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_run_logs_with_event_ids_and_emits_activities_and_metrics()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = new TestProject();
        var activities = new ConcurrentBag<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StrataTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(activityListener);
        var measured = new ConcurrentBag<string>();
        using var meterListener = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == StrataTelemetry.Name) l.EnableMeasurementEvents(i); } };
        meterListener.SetMeasurementEventCallback<long>((i, _, _, _) => measured.Add(i.Name));
        meterListener.SetMeasurementEventCallback<double>((i, _, _, _) => measured.Add(i.Name));
        meterListener.Start();
        var logs = new ConcurrentBag<(int Id, string Message)>();

        var builder = Builder(p, new() { ["ConnectionStrings:Default"] = s.Url(db) });
        builder.Logging.AddProvider(new CapturingLoggerProvider(logs));
        builder.Services.AddStrataMigrations(o => o.FromAssembly(AppMigrations));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();

        var mine = activities.Where(a => a.GetTagItem("strata.migration.name") is "1700000000000_create-users" or "1700000000001_add-notes" or "1700000000002_index-notes" || a.OperationName == "strata.up").ToList();
        Assert.Contains(mine, a => a.OperationName == "strata.up");
        Assert.Equal(3, mine.Count(a => a.OperationName == "strata.migration" && a.Parent?.OperationName == "strata.up"));
        Assert.Contains("strata.runs", measured);
        Assert.Contains("strata.migration.duration", measured);
        Assert.Equal(3, logs.Count(l => l.Id == 1003));
        Assert.Contains(logs, l => l.Id == 1004 && l.Message.Contains("3 migration(s)"));
    }

    sealed class CapturingLoggerProvider(ConcurrentBag<(int Id, string Message)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs);
        public void Dispose() { }

        sealed class Logger(ConcurrentBag<(int Id, string Message)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Add((eventId.Id, formatter(state, exception)));
        }
    }
}
