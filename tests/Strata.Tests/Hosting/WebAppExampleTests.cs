using System.Diagnostics;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Hosting;

/// <summary>examples/webapp, built by the solution build and started as a user would: it migrates on start-up and /health reports the schema.</summary>
public class WebAppExampleTests
{
    [Fact]
    public async Task The_web_app_migrates_on_start_up_and_reports_healthy()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        var project = Path.Combine(NodePgMigrate.RepoRoot, "examples", "webapp");
        // Built once per run, before the tests (Strata.Tests references it without using its assembly).
        var start = new ProcessStartInfo("dotnet", [Path.Combine(project, "bin", "Release", "net10.0", "WebApp.dll")]) { WorkingDirectory = project };
        start.Environment["ConnectionStrings__Default"] = s.Url(db);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        await using var app = AppProcess.Start(start);
        var url = await app.ListeningAsync(TimeSpan.FromSeconds(60));

        using var http = new HttpClient();
        var health = await http.GetAsync(url + "/health");
        Assert.True(health.IsSuccessStatusCode, app.Output);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(["1764000000000_create-todo", "1764000060000_todo-due"], await s.ColumnAsync("select name from pgmigrations order by id", db));
        Assert.Equal("due", await s.ScalarAsync<string>("select column_name::text from information_schema.columns where table_name = 'todo' and column_name = 'due'", db));
        Assert.Contains("Migrated 1764000000000_create-todo", app.Output);
    }
}
