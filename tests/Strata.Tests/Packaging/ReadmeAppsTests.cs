using System.Diagnostics;
using System.Text.RegularExpressions;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Packaging;

/// <summary>
/// README.md's "In a .NET app" section, taken verbatim: a fresh console app and a fresh web app (dotnet new) with the
/// README's csproj lines, Program.cs and migrations, restored from the packed packages (artifacts/packages, made by
/// scripts/pack.sh; packed here when missing), migrate a real database. The README cannot rot without this failing.
/// </summary>
public class ReadmeAppsTests
{
    /// <summary>Each <c>&lt;!-- readme-test: NAME --&gt;</c> and the fenced block after it.</summary>
    static Dictionary<string, string> Snippets()
    {
        var readme = File.ReadAllText(Path.Combine(NodePgMigrate.RepoRoot, "README.md"));
        return Regex.Matches(readme, @"<!-- readme-test: (\S+) -->\s*```\w*\n(.*?)```", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    static async Task<string> PackagesAsync()
    {
        var feed = Path.Combine(NodePgMigrate.RepoRoot, "artifacts", "packages");
        if (!Directory.Exists(feed) || Directory.GetFiles(feed, "Strata.Hosting.*.nupkg").Length == 0)
        {
            var pack = await AppProcess.RunAsync(new ProcessStartInfo(Path.Combine(NodePgMigrate.RepoRoot, "scripts", "pack.sh")), TimeSpan.FromMinutes(20));
            Assert.True(pack.ExitCode == 0, pack.Output);
        }
        return feed;
    }

    static async Task Dotnet(string cwd, Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args) { WorkingDirectory = cwd };
        foreach (var (k, v) in env) start.Environment[k] = v;
        var run = await AppProcess.RunAsync(start, TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, $"dotnet {string.Join(' ', args)}:\n{run.Output}");
    }

    /// <summary>A fresh app from <c>dotnet new TEMPLATE</c>, with the README's files for it, built.</summary>
    static async Task<string> AppAsync(string root, string template, Dictionary<string, string> snippets, Dictionary<string, string> env)
    {
        var dir = Path.Combine(root, template + "app");
        await Dotnet(root, env, "new", template, "-o", dir, "--no-restore");
        var csproj = Path.Combine(dir, template + "app.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", snippets[template + ".csproj"] + "</Project>"));
        foreach (var (name, text) in snippets)
        {
            if (name.StartsWith("db/", StringComparison.Ordinal)) Write(Path.Combine(dir, name), text);
            else if (name.StartsWith(template + "/", StringComparison.Ordinal)) Write(Path.Combine(dir, name[(template.Length + 1)..]), text);
        }
        await Dotnet(dir, env, "build", "-c", "Release", "--nologo", "-v", "quiet");
        return Path.Combine(dir, "bin", "Release", "net10.0", template + "app.dll");
    }

    static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public async Task The_readme_console_and_web_apps_build_from_the_packages_and_migrate()
    {
        var snippets = Snippets();
        Assert.True(snippets.Count >= 7, "README.md lost its readme-test snippets: " + string.Join(", ", snippets.Keys));
        var feed = await PackagesAsync();
        var root = Directory.CreateTempSubdirectory("strata-readme-").FullName;
        try
        {
            // The local feed beside the machine's own sources; a package folder of this run's own, so no Strata package
            // cached by an earlier run is taken, with the machine's cache as a fallback for everything else.
            var home = Environment.GetEnvironmentVariable("HOME")!;
            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources><add key="strata-local" value="{feed}" /></packageSources>
                  <fallbackPackageFolders><add key="machine" value="{Path.Combine(home, ".nuget", "packages")}" /></fallbackPackageFolders>
                </configuration>
                """);
            var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };
            var console = await AppAsync(root, "console", snippets, env);
            var web = await AppAsync(root, "web", snippets, env);
            // Neither app carries Roslyn: its migrations were compiled by its own build.
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(web)!, "Microsoft.CodeAnalysis.dll")));

            var s = await PostgresServer.GetAsync();
            var consoleDb = await s.CreateDatabaseAsync();
            var run = new ProcessStartInfo("dotnet", [console]) { WorkingDirectory = Path.GetDirectoryName(console)! };
            run.Environment["DATABASE_URL"] = s.Url(consoleDb);
            var ran = await AppProcess.RunAsync(run, TimeSpan.FromMinutes(2));
            Assert.True(ran.ExitCode == 0, ran.Output);
            Assert.Contains("2 migration(s) applied", ran.Output);
            Assert.Equal(["1764000000000_create-todo", "1764000060000_todo-done"], await s.ColumnAsync("select name from pgmigrations order by id", consoleDb));

            var webDb = await s.CreateDatabaseAsync();
            var start = new ProcessStartInfo("dotnet", [web]) { WorkingDirectory = Path.GetDirectoryName(web)! };
            start.Environment["ConnectionStrings__Default"] = s.Url(webDb);
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            await using var app = AppProcess.Start(start);
            var url = await app.ListeningAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient();
            Assert.Equal("Healthy", await http.GetStringAsync(url + "/health"));
            Assert.Equal(["1764000000000_create-todo", "1764000060000_todo-done"], await s.ColumnAsync("select name from pgmigrations order by id", webDb));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
