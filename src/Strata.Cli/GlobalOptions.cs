using System.CommandLine;
using Strata.Runner;

namespace Strata.Cli;

/// <summary>The options every command takes (design.md's contract).</summary>
internal sealed class GlobalOptions
{
    public readonly Option<string?> DatabaseUrl = new("--database-url") { Description = "PostgreSQL URL (postgres://user:pass@host:port/db?sslmode=…); wins over DATABASE_URL and .env", Recursive = true };
    public readonly Option<string?> Config = new("--config", "--config-file", "-f") { Description = "Config file (default: .migraterc.json in the project directory; -f/--config-file as node-pg-migrate)", Recursive = true };
    public readonly Option<string?> EnvPath = new("--env-path", "--envPath") { Description = "The .env file to read DATABASE_URL from (default: .env)", Recursive = true };
    public readonly Option<string?> Cwd = new("--cwd") { Description = "The project directory (default: the current directory)", Recursive = true };
    public readonly Option<bool> Embedded = new("--embedded") { Description = "Without a URL, use the embedded local database even in CI or next to a .env file (where Strata otherwise refuses to)", Recursive = true };
    public readonly Option<bool> Json = new("--json") { Description = "Machine-readable output on stdout", Recursive = true };
    public readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Show SQL, timings and stack traces", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(DatabaseUrl);
        root.Options.Add(Config);
        root.Options.Add(EnvPath);
        root.Options.Add(Cwd);
        root.Options.Add(Embedded);
        root.Options.Add(Json);
        root.Options.Add(Verbose);
    }

    public ProjectOptions Project(ParseResult r, CliHost host) => new()
    {
        Directory = Path.GetFullPath(r.GetValue(Cwd) is { } cwd
            ? cwd.Length > 0 ? cwd : throw StrataException.Input("--cwd is empty: give the project directory, or leave the option out for the current directory.")
            : Directory.GetCurrentDirectory()),
        ConfigPath = r.GetValue(Config),
        EnvPath = r.GetValue(EnvPath),
        DatabaseUrl = r.GetValue(DatabaseUrl),
        Environment = host.Environment,
        EnvironmentNames = host.EnvironmentNames,
        Embedded = r.GetValue(Embedded),
    };
}
