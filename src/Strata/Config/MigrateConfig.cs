namespace Strata.Config;

/// <summary>
/// The settings of <c>.migraterc.json</c>, with node-pg-migrate's key names and defaults where
/// node-pg-migrate has the key, and Strata's own keys beside them.
/// </summary>
internal sealed record MigrateConfig
{
    /// <summary><c>migrations-dir</c>, relative to the project directory.</summary>
    public string MigrationsDir { get; init; } = "migrations";
    /// <summary><c>migrations-table</c>.</summary>
    public string MigrationsTable { get; init; } = "pgmigrations";
    /// <summary><c>schema</c>: the search_path while migrating.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = ["public"];
    /// <summary><c>create-schema</c>.</summary>
    public bool CreateSchema { get; init; }
    /// <summary><c>migrations-schema</c>; defaults to the first of <see cref="Schemas"/>.</summary>
    public string? MigrationsSchemaSetting { get; init; }
    /// <summary><c>create-migrations-schema</c>.</summary>
    public bool CreateMigrationsSchema { get; init; }
    /// <summary><c>check-order</c>.</summary>
    public bool CheckOrder { get; init; } = true;
    /// <summary><c>single-transaction</c>: one transaction around the whole run.</summary>
    public bool SingleTransaction { get; init; } = true;
    /// <summary><c>lock</c>: take the advisory lock.</summary>
    public bool Lock { get; init; } = true;
    /// <summary><c>advisory-lock-mode</c>: wait for another runner (Strata's default) or fail at once (node-pg-migrate's).</summary>
    public bool LockWait { get; init; } = true;
    /// <summary>
    /// <c>advisory-lock-scope</c>: <c>session</c> (the default, node-pg-migrate's) holds the lock for the connection;
    /// <c>transaction</c> takes <c>pg_advisory_xact_lock</c> inside the run's one transaction, which PgBouncer's
    /// transaction pooling keeps on one server connection (a session lock there would stay with whichever
    /// server connection took it).
    /// </summary>
    public bool LockInTransaction { get; init; }
    /// <summary><c>lock-wait-timeout</c>: how long to wait for another runner's lock.</summary>
    public TimeSpan LockWaitTimeout { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary><c>lock-timeout</c>: PostgreSQL's lock_timeout for each migration; zero turns it off.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary><c>lock-value</c>: the advisory lock key, node-pg-migrate's by default so the two tools exclude each other.</summary>
    public long LockValue { get; init; } = 7241865325823964;
    /// <summary><c>migration-file-language</c> for <c>create</c>.</summary>
    public string MigrationFileLanguage { get; init; } = "cs";
    /// <summary><c>migration-filename-format</c>: timestamp, utc or index.</summary>
    public string MigrationFilenameFormat { get; init; } = "timestamp";
    /// <summary><c>template-file-name</c> for <c>create</c>.</summary>
    public string? TemplateFileName { get; init; }
    /// <summary><c>ignore-pattern</c>: a regular expression matched against whole file names.</summary>
    public string IgnorePattern { get; init; } = @"\..*";
    /// <summary><c>database-url-var</c>: the variable holding the database URL.</summary>
    public string DatabaseUrlVar { get; init; } = "DATABASE_URL";
    /// <summary><c>url</c>: a database URL in the file, used when the variable is unset.</summary>
    public string? Url { get; init; }
    /// <summary><c>envPath</c>: the .env file.</summary>
    public string? EnvPath { get; init; }
    /// <summary><c>decamelize</c>: C# migrations write every name in snake case (<c>userId</c> → <c>user_id</c>), as node-pg-migrate's option does.</summary>
    public bool Decamelize { get; init; }
    /// <summary><c>embedded</c>: without a URL, use the embedded local database even in CI or next to a .env file.</summary>
    public bool Embedded { get; init; }
    /// <summary><c>verbose</c>.</summary>
    public bool Verbose { get; init; }

    /// <summary><c>lint</c>: what <c>up</c> and <c>migrate up</c> do with risky or dangerous pending statements (warn, fail, off).</summary>
    public Strata.Lint.LintMode Lint { get; init; } = Strata.Lint.LintMode.Off;
    /// <summary><c>lint-scratch-url</c>: a server where lint may create its scratch database; the embedded cluster when unset.</summary>
    public string? LintScratchUrl { get; init; }

    /// <summary><c>auth</c>: better-auth's options for the auth track, or null when the project has none.</summary>
    public Strata.Auth.AuthOptions? Auth { get; init; }

    public string MigrationsSchema => MigrationsSchemaSetting ?? Schemas.FirstOrDefault() ?? "public";

    /// <summary>The file this came from, or null for the defaults.</summary>
    public string? SourcePath { get; init; }
}
