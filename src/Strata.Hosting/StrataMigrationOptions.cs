using System.Reflection;

namespace Strata.Hosting;

/// <summary>
/// How a host migrates its database, bound from the configuration's <c>Strata</c> section (appsettings.json, the
/// environment as <c>Strata__ConnectionStringName</c>, …) and then from the code's own callback:
/// <code>
/// builder.Services.AddStrataMigrations(o => o.FromAssembly(typeof(Program).Assembly));
/// </code>
/// The database is <see cref="ConnectionString"/>, else <c>ConnectionStrings:&lt;ConnectionStringName&gt;</c>, else
/// what the CLI would use (DATABASE_URL, .env, <c>.migraterc.json</c>'s <c>url</c>). <c>.migraterc.json</c> in
/// <see cref="Directory"/> is read when present, as the CLI reads it.
/// </summary>
public sealed class StrataMigrationOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Strata";

    /// <summary>A connection string that wins over <see cref="ConnectionStringName"/>: a URL (<c>postgres://…</c>) or Npgsql's <c>Host=…;Database=…</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The name under <c>ConnectionStrings</c> (default <c>Default</c>).</summary>
    public string ConnectionStringName { get; set; } = "Default";

    /// <summary>The project directory (its <c>.migraterc.json</c>, .env and migrations folder); default the host's content root.</summary>
    public string? Directory { get; set; }

    /// <summary>The assembly the app compiled its migrations into (its <c>Migration</c> classes and embedded <c>.sql</c> files).</summary>
    public Assembly? MigrationsAssembly { get; set; }

    /// <summary>Migrate while the host starts, before it serves (default true). When false, the health check reports pending migrations.</summary>
    public bool RunOnStartup { get; set; } = true;

    /// <summary>
    /// Fail the host's start when the migration fails (default true: an app never serves on a half-migrated schema).
    /// When false the host starts anyway and the health check reports Unhealthy.
    /// </summary>
    public bool StopOnFailure { get; set; } = true;

    /// <summary>Take the migrations compiled into <paramref name="assembly"/>, typically <c>typeof(Program).Assembly</c>.</summary>
    public StrataMigrationOptions FromAssembly(Assembly assembly)
    {
        MigrationsAssembly = assembly;
        return this;
    }
}
