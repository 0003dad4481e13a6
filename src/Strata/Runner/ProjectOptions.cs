namespace Strata.Runner;

/// <summary>Where a project is and how it was asked to connect: the command line's global options, or a library caller's.</summary>
public sealed record ProjectOptions
{
    public string Directory { get; init; } = System.IO.Directory.GetCurrentDirectory();
    /// <summary>The config file; null means <c>.migraterc.json</c> in <see cref="Directory"/>, if it exists.</summary>
    public string? ConfigPath { get; init; }
    /// <summary>The .env file; null means the config's <c>envPath</c>, else <c>.env</c> in <see cref="Directory"/>.</summary>
    public string? EnvPath { get; init; }
    /// <summary>A URL that wins over every other source.</summary>
    public string? DatabaseUrl { get; init; }
    /// <summary>node-pg-migrate's <c>--config-value</c>: the config file's section whose keys win over the top level's (default <c>db</c>).</summary>
    public string ConfigSection { get; init; } = "db";
    /// <summary>Settings given on the command line (node-pg-migrate's flags); they win over the config file's keys.</summary>
    internal Func<Strata.Config.MigrateConfig, Strata.Config.MigrateConfig>? Configure { get; init; }
    /// <summary>An <c>sslmode</c> that replaces the database URL's (node-pg-migrate's <c>--reject-unauthorized</c>).</summary>
    public string? SslMode { get; init; }
    /// <summary>Reads an environment variable; replaceable so tests and hosts need not touch the process environment.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
    /// <summary>The names of the environment's variables, to point out a misspelt DATABASE_URL; null means the process environment's.</summary>
    public IEnumerable<string>? EnvironmentNames { get; init; }
    /// <summary>
    /// Use the embedded local database when no URL is found, also in CI (<c>CI</c> set) or next to a .env file,
    /// where falling back to it is otherwise refused (<c>--embedded</c>; the config's <c>"embedded": true</c> does the same).
    /// </summary>
    public bool Embedded { get; init; }
}
