using System.Text.Json;

namespace Strata.Config;

/// <summary>
/// Reads <c>.migraterc.json</c>. Keys may sit at the top level or under <c>db</c> (node-pg-migrate's
/// default config section; its keys win). Unknown keys and wrong types are errors naming the key.
/// </summary>
internal static class ConfigFile
{
    public const string DefaultName = ".migraterc.json";

    /// <summary>Loads the file; a missing default file means the defaults, a missing named file is an error.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mustExist">A missing file is an error (it was named), not the defaults.</param>
    /// <param name="section">The section whose keys win over the top level's (node-pg-migrate's <c>--config-value</c>).</param>
    public static MigrateConfig Load(string path, bool mustExist, string section = "db")
    {
        if (Directory.Exists(path)) throw StrataException.Input($"Cannot read the config file {path}: it is a directory, not a file.");
        if (!File.Exists(path))
        {
            if (mustExist) throw StrataException.Input($"The config file {path} does not exist.");
            return new MigrateConfig();
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StrataException.Input($"Cannot read the config file {path}: {e.Message}", e);
        }
        return Parse(text, path, section);
    }

    public static MigrateConfig Parse(string text, string path, string sectionName = "db")
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw StrataException.Input($"{path}: not valid JSON at line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: {FirstSentence(e.Message)}", e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw StrataException.Input($"{path}: the top level must be a JSON object.");
            var config = new MigrateConfig { SourcePath = path };
            var section = doc.RootElement;
            foreach (var p in section.EnumerateObject())
                if (p.Name != sectionName) config = Apply(config, p, path, "");
            if (section.TryGetProperty(sectionName, out var db))
            {
                if (db.ValueKind == JsonValueKind.String) config = config with { Url = db.GetString() };
                else if (db.ValueKind == JsonValueKind.Object)
                    foreach (var p in db.EnumerateObject()) config = Apply(config, p, path, sectionName + ".");
                else throw StrataException.Input($"{path}: \"{sectionName}\" must be an object or a database URL.");
            }
            return config;
        }
    }

    static MigrateConfig Apply(MigrateConfig c, JsonProperty p, string path, string prefix)
    {
        var key = prefix + p.Name;
        var v = p.Value;
        return p.Name switch
        {
            "migrations-dir" => c with { MigrationsDir = Str(v, key, path) },
            "migrations-table" => c with { MigrationsTable = Str(v, key, path) },
            "schema" => c with { Schemas = Schemas(v, key, path) },
            "create-schema" => c with { CreateSchema = Bool(v, key, path) },
            "migrations-schema" => c with { MigrationsSchemaSetting = Str(v, key, path) },
            "create-migrations-schema" => c with { CreateMigrationsSchema = Bool(v, key, path) },
            "check-order" => c with { CheckOrder = Bool(v, key, path) },
            "single-transaction" => c with { SingleTransaction = Bool(v, key, path) },
            "lock" => c with { Lock = Bool(v, key, path) },
            "advisory-lock-mode" => c with { LockWait = OneOf(v, key, path, "wait", "fail") == "wait" },
            "advisory-lock-scope" => c with { LockInTransaction = OneOf(v, key, path, "session", "transaction") == "transaction" },
            "lock-wait-timeout" => c with { LockWaitTimeout = Duration(v, key, path) },
            "lock-timeout" => c with { LockTimeout = Duration(v, key, path) },
            "lock-value" => c with { LockValue = Long(v, key, path) },
            "migration-file-language" => c with { MigrationFileLanguage = OneOf(v, key, path, "sql", "cs", "js", "ts", "cjs", "mjs", "cts", "mts") },
            "migration-filename-format" => c with { MigrationFilenameFormat = OneOf(v, key, path, "timestamp", "utc", "index") },
            "template-file-name" => c with { TemplateFileName = Str(v, key, path) },
            "ignore-pattern" => c with { IgnorePattern = Regex(v, key, path) },
            "database-url-var" => c with { DatabaseUrlVar = Str(v, key, path) },
            "url" => c with { Url = Str(v, key, path) },
            "envPath" or "env-path" => c with { EnvPath = Str(v, key, path) },
            "verbose" => c with { Verbose = Bool(v, key, path) },
            "embedded" => c with { Embedded = Bool(v, key, path) },
            "auth" => c with { Auth = Auth(v, key, path) },
            "lint" => c with { Lint = Enum.Parse<Strata.Lint.LintMode>(OneOf(v, key, path, "warn", "fail", "off"), ignoreCase: true) },
            "lint-scratch-url" => c with { LintScratchUrl = Str(v, key, path) },
            // Keys of node-pg-migrate's TypeScript loader: meaningless for Strata, accepted so a shared file stays valid.
            "tsconfig-paths" => c,
            "use-glob" => Bool(v, key, path) ? throw Unsupported(key, path, "list the migrations in one folder (migrations-dir) instead of a glob") : c,
            "decamelize" => c with { Decamelize = Bool(v, key, path) },
            "user" or "host" or "port" or "name" or "database" or "password" or "ssl" =>
                throw Unsupported(key, path, "give the connection as one URL: \"url\" in this file, DATABASE_URL, or --database-url"),
            _ => throw StrataException.Input($"{path}: unknown key \"{key}\". Known keys: migrations-dir, migrations-table, schema, create-schema, migrations-schema, create-migrations-schema, check-order, single-transaction, lock, advisory-lock-mode, advisory-lock-scope, lock-wait-timeout, lock-timeout, lock-value, migration-file-language, migration-filename-format, template-file-name, ignore-pattern, database-url-var, url, envPath, embedded, decamelize, verbose, lint, lint-scratch-url, auth."),
        };
    }

    /// <summary>The better-auth options; their errors name the key by its path in the file (<c>db.auth.plugins[1]</c>).</summary>
    static Strata.Auth.AuthOptions Auth(JsonElement v, string key, string path)
    {
        // "config" names better-auth's own auth.ts, read statically, relative to this file's folder.
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("config", out var file))
        {
            var others = v.EnumerateObject().Select(o => o.Name).Where(n => n != "config").ToList();
            if (others.Count > 0)
                throw StrataException.Input($"{path}: {key}.config reads the options from {file} and cannot stand next to other auth keys ({string.Join(", ", others)}); put them in that file, or drop \"config\".");
            var relative = Str(file, key + ".config", path);
            var full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", relative);
            return Strata.Auth.ConfigFile.AuthConfigFile.Read(full, relative);
        }
        try { return Strata.Auth.AuthOptions.Parse(v, key); }
        catch (StrataException e) { throw StrataException.Input($"{path}: {e.Message}", e); }
    }

    static StrataException Unsupported(string key, string path, string instead) =>
        StrataException.Input($"{path}: \"{key}\" is not supported by Strata; {instead}.");

    static StrataException WrongType(string key, string path, string expected, JsonElement v) =>
        StrataException.Input($"{path}: \"{key}\" must be {expected}, not {Show(v)}.");

    static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => "\"" + v.GetString() + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => v.GetRawText(),
    };

    static string Str(JsonElement v, string key, string path) =>
        v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : throw WrongType(key, path, "a non-empty string", v);

    static bool Bool(JsonElement v, string key, string path) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw WrongType(key, path, "true or false", v),
    };

    static long Long(JsonElement v, string key, string path) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : throw WrongType(key, path, "a whole number", v);

    static string OneOf(JsonElement v, string key, string path, params string[] allowed) =>
        v.ValueKind == JsonValueKind.String && allowed.Contains(v.GetString())
            ? v.GetString()!
            : throw WrongType(key, path, "one of " + string.Join(", ", allowed.Select(a => "\"" + a + "\"")), v);

    static TimeSpan Duration(JsonElement v, string key, string path)
    {
        double ms;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var n) && n >= 0) ms = n;
        else if (v.ValueKind == JsonValueKind.String && DurationSetting.TryParseMilliseconds(v.GetString()!, out var parsed)) ms = parsed;
        else throw WrongType(key, path, "a duration (milliseconds, or a string like \"500ms\", \"10s\", \"2min\")", v);
        // Both become PostgreSQL's lock_timeout, an int of milliseconds: refuse here what the server would refuse mid-run.
        if (ms > DurationSetting.MaxMilliseconds)
            throw StrataException.Input($"{path}: \"{key}\" is {Show(v)}, more than PostgreSQL's lock_timeout can hold ({DurationSetting.MaxMilliseconds} ms, about 24.8 days): use a smaller duration{(key == "lock-timeout" ? ", or 0 to turn it off" : "")}.");
        return TimeSpan.FromMilliseconds(ms);
    }

    static string Regex(JsonElement v, string key, string path)
    {
        var s = Str(v, key, path);
        try
        {
            _ = new System.Text.RegularExpressions.Regex(s);
            return s;
        }
        catch (ArgumentException e)
        {
            throw StrataException.Input($"{path}: \"{key}\" is not a valid regular expression: {e.Message}");
        }
    }

    static IReadOnlyList<string> Schemas(JsonElement v, string key, string path)
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } one) return [one];
        if (v.ValueKind == JsonValueKind.Array)
        {
            var list = new List<string>();
            foreach (var e in v.EnumerateArray())
                list.Add(e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s ? s : throw WrongType(key, path, "a schema name or an array of schema names", v));
            if (list.Count > 0) return list;
        }
        throw WrongType(key, path, "a schema name or an array of schema names", v);
    }

    /// <summary>System.Text.Json's reason without the position it appends (the message gives line and column itself).</summary>
    static string FirstSentence(string s)
    {
        foreach (var tail in new[] { " Path:", " LineNumber:" })
            if (s.IndexOf(tail, StringComparison.Ordinal) is var i and > 0) s = s[..i];
        return s.Trim();
    }
}
