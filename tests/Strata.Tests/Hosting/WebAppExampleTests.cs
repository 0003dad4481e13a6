using System.Diagnostics;
using System.Text.RegularExpressions;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Hosting;

/// <summary>examples/webapp, built and started as a user would: it migrates on start-up and /health reports the schema.</summary>
public class WebAppExampleTests
{
    [Fact]
    public async Task The_web_app_migrates_on_start_up_and_reports_healthy()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        var project = Path.Combine(NodePgMigrate.RepoRoot, "examples", "webapp");
        // Built with the solution already; this is the incremental check that the example still builds on its own.
        var build = await Run(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "quiet"]), TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.Output);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(project, "bin", "Release", "net10.0", "WebApp.dll")])
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Default"] = s.Url(db);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var app = Process.Start(start)!;
        try
        {
            var output = new System.Text.StringBuilder();
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            void Read(string? line)
            {
                if (line is null) return;
                lock (output) output.AppendLine(line);
                if (Regex.Match(line, @"Now listening on: (http://\S+)") is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
            }
            app.OutputDataReceived += (_, e) => Read(e.Data);
            app.ErrorDataReceived += (_, e) => Read(e.Data);
            app.BeginOutputReadLine();
            app.BeginErrorReadLine();
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

            using var http = new HttpClient();
            var health = await http.GetAsync(url + "/health");
            Assert.True(health.IsSuccessStatusCode, output.ToString());
            Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
            Assert.Equal(["1764000000000_create-todo", "1764000060000_todo-due"], await s.ColumnAsync("select name from pgmigrations order by id", db));
            Assert.Equal("due", await s.ScalarAsync<string>("select column_name::text from information_schema.columns where table_name = 'todo' and column_name = 'due'", db));
            lock (output) Assert.Contains("Migrated 1764000000000_create-todo", output.ToString());
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    static async Task<(int ExitCode, string Output)> Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var p = Process.Start(start)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(timeout);
        return (p.ExitCode, await o + await e);
    }
}
