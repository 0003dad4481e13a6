using System.CommandLine;
using Strata.Config;
using Strata.Runner;

namespace Strata.Cli.Commands;

/// <summary>
/// node-pg-migrate 9.0.0's command-line options, with their meaning, on <c>strata migrate</c> and its
/// subcommands: an npm script can swap <c>node-pg-migrate</c> for <c>strata migrate</c>. A flag wins over
/// the config file's key (node-pg-migrate lets the file win; docs/node-pg-migrate-compat.md says so).
/// </summary>
internal sealed class NodePgMigrateFlags
{
    readonly Option<string?> _migrationsDir = new("--migrations-dir", "-m") { Description = "The migrations folder (node-pg-migrate's -m; default \"migrations\")", Recursive = true };
    readonly Option<string?> _migrationsTable = new("--migrations-table", "-t") { Description = "The table holding the history (default pgmigrations)", Recursive = true };
    readonly Option<string[]> _schema = new("--schema", "-s") { Description = "The search_path while migrating (default public)", Recursive = true, AllowMultipleArgumentsPerToken = true };
    readonly Option<bool?> _createSchema = new("--create-schema") { Description = "Create the schemas if missing", Recursive = true };
    readonly Option<string?> _migrationsSchema = new("--migrations-schema") { Description = "The schema of the history table (default: the first --schema)", Recursive = true };
    readonly Option<bool?> _createMigrationsSchema = new("--create-migrations-schema") { Description = "Create the history table's schema if missing", Recursive = true };
    readonly Option<bool?> _checkOrder = new("--check-order") { Description = "Refuse a pending migration older than an applied one (default true)", Recursive = true };
    readonly Option<bool> _noCheckOrder = new("--no-check-order") { Description = "Same as --check-order false", Recursive = true };
    readonly Option<bool?> _singleTransaction = new("--single-transaction") { Description = "One transaction around the whole run (default true)", Recursive = true };
    readonly Option<bool> _noSingleTransaction = new("--no-single-transaction") { Description = "One transaction per migration", Recursive = true };
    readonly Option<bool?> _lock = new("--lock") { Description = "Take the advisory lock (default true)", Recursive = true };
    readonly Option<bool> _noLock = new("--no-lock") { Description = "Take no advisory lock", Recursive = true };
    readonly Option<long?> _lockValue = new("--lock-value") { Description = "The advisory lock key (default node-pg-migrate's 7241865325823964)", Recursive = true };
    readonly Option<string?> _advisoryLockMode = new("--advisory-lock-mode") { Description = "wait for another runner's lock, or fail at once", Recursive = true };
    readonly Option<string?> _databaseUrlVar = new("--database-url-var", "-d") { Description = "The variable holding the database URL (default DATABASE_URL)", Recursive = true };
    readonly Option<string?> _configValue = new("--config-value") { Description = "The config file's section with the settings (default db)", Recursive = true };
    readonly Option<string?> _ignorePattern = new("--ignore-pattern") { Description = "A regular expression: file names it matches are not migrations (default \\..*)", Recursive = true };
    readonly Option<bool?> _useGlob = new("--use-glob") { Description = "node-pg-migrate's glob search (not supported: give one folder)", Recursive = true };
    readonly Option<bool?> _decamelize = new("--decamelize") { Description = "C# migrations write names in snake case (userId → user_id)", Recursive = true };
    readonly Option<bool?> _rejectUnauthorized = new("--reject-unauthorized") { Description = "true: verify the server certificate (sslmode=verify-full); false: do not (sslmode=require)", Recursive = true };
    readonly Option<string?> _tsconfigPaths = new("--tsconfig-paths") { Description = "Accepted for node-pg-migrate's scripts; no meaning for C# migrations", Recursive = true, Arity = ArgumentArity.ZeroOrOne };
    readonly Option<string?> _migrationFilenameFormat = new("--migration-filename-format") { Description = "create: timestamp, utc or index (default timestamp)", Recursive = true };
    readonly Option<string?> _templateFileName = new("--template-file-name") { Description = "create: the file to copy for a new migration", Recursive = true };

    public NodePgMigrateFlags()
    {
        _advisoryLockMode.AcceptOnlyFromAmong("wait", "fail");
        _migrationFilenameFormat.AcceptOnlyFromAmong("timestamp", "utc", "index");
    }

    public void AddTo(Command migrate)
    {
        foreach (var o in new Option[]
                 {
                     _migrationsDir, _migrationsTable, _schema, _createSchema, _migrationsSchema, _createMigrationsSchema, _checkOrder, _noCheckOrder,
                     _singleTransaction, _noSingleTransaction, _lock, _noLock, _lockValue, _advisoryLockMode, _databaseUrlVar, _configValue,
                     _ignorePattern, _useGlob, _decamelize, _rejectUnauthorized, _tsconfigPaths, _migrationFilenameFormat, _templateFileName,
                 })
            migrate.Options.Add(o);
    }

    /// <summary>The project options with these flags applied; <paramref name="notes"/> gets what a flag means here when that differs.</summary>
    public ProjectOptions Apply(ParseResult r, ProjectOptions options, List<string> notes)
    {
        if (r.GetValue(_useGlob) == true)
            throw StrataException.Input("--use-glob is not supported: Strata reads the migrations of one folder (--migrations-dir) and skips the names --ignore-pattern matches (a regular expression).");
        if (r.GetResult(_tsconfigPaths) is not null)
            notes.Add("--tsconfig-paths has no meaning for C# and SQL migrations; ignored.");
        string? sslMode = null;
        if (r.GetValue(_rejectUnauthorized) is { } reject)
        {
            sslMode = reject ? "verify-full" : "require";
            notes.Add($"--reject-unauthorized {(reject ? "true" : "false")}: connecting with sslmode={sslMode} (Strata uses libpq's sslmode; verify-full checks the certificate and host name against sslrootcert or the system's CAs).");
        }
        var checkOrder = r.GetValue(_noCheckOrder) ? false : r.GetValue(_checkOrder);
        var singleTransaction = r.GetValue(_noSingleTransaction) ? false : r.GetValue(_singleTransaction);
        var takeLock = r.GetValue(_noLock) ? false : r.GetValue(_lock);
        var schemas = r.GetValue(_schema) is { Length: > 0 } s ? s.SelectMany(x => x.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray() : null;
        var values = (
            Dir: r.GetValue(_migrationsDir), Table: r.GetValue(_migrationsTable), CreateSchema: r.GetValue(_createSchema),
            MigrationsSchema: r.GetValue(_migrationsSchema), CreateMigrationsSchema: r.GetValue(_createMigrationsSchema),
            LockValue: r.GetValue(_lockValue), LockMode: r.GetValue(_advisoryLockMode), UrlVar: r.GetValue(_databaseUrlVar),
            Ignore: r.GetValue(_ignorePattern), Decamelize: r.GetValue(_decamelize), Format: r.GetValue(_migrationFilenameFormat),
            Template: r.GetValue(_templateFileName));
        if (values.Ignore is { } pattern) ValidateRegex(pattern);
        MigrateConfig Configure(MigrateConfig c) => c with
        {
            MigrationsDir = values.Dir ?? c.MigrationsDir,
            MigrationsTable = values.Table ?? c.MigrationsTable,
            Schemas = schemas ?? c.Schemas,
            CreateSchema = values.CreateSchema ?? c.CreateSchema,
            MigrationsSchemaSetting = values.MigrationsSchema ?? c.MigrationsSchemaSetting,
            CreateMigrationsSchema = values.CreateMigrationsSchema ?? c.CreateMigrationsSchema,
            CheckOrder = checkOrder ?? c.CheckOrder,
            SingleTransaction = singleTransaction ?? c.SingleTransaction,
            Lock = takeLock ?? c.Lock,
            LockValue = values.LockValue ?? c.LockValue,
            LockWait = values.LockMode is { } mode ? mode == "wait" : c.LockWait,
            DatabaseUrlVar = values.UrlVar ?? c.DatabaseUrlVar,
            IgnorePattern = values.Ignore ?? c.IgnorePattern,
            Decamelize = values.Decamelize ?? c.Decamelize,
            MigrationFilenameFormat = values.Format ?? c.MigrationFilenameFormat,
            TemplateFileName = values.Template ?? c.TemplateFileName,
        };
        return options with
        {
            ConfigSection = r.GetValue(_configValue) ?? options.ConfigSection,
            Configure = Configure,
            SslMode = sslMode ?? options.SslMode,
        };
    }

    static void ValidateRegex(string pattern)
    {
        try { _ = new System.Text.RegularExpressions.Regex(pattern); }
        catch (ArgumentException e) { throw StrataException.Input($"--ignore-pattern is not a valid regular expression: {e.Message}"); }
    }
}
