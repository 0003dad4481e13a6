using System.Text.Json;
using Strata.Auth.Plugins;

namespace Strata.Auth;

/// <summary>
/// Reads <see cref="AuthOptions"/> from JSON by hand (no reflection, so it stays NativeAOT-friendly).
/// Every error names the key by its path, e.g. <c>auth.user.additionalFields.age.type</c>.
/// </summary>
internal static class AuthOptionsParser
{
    // Every key of better-auth 1.7.25's BetterAuthOptions (and of its nested option types), from its .d.mts.
    // Only some change the schema; the others are accepted and ignored whatever their value, so a config
    // can mirror auth.ts, while a misspelt key is still an error naming it.
    private static readonly string[] TopKeys =
    [
        "appName", "baseURL", "basePath", "secret", "secrets", "database", "secondaryStorage", "emailVerification", "emailAndPassword",
        "socialProviders", "plugins", "user", "session", "account", "verification", "trustedOrigins", "rateLimit", "advanced", "logger",
        "databaseHooks", "onAPIError", "hooks", "disabledPaths", "telemetry", "experimental",
    ];
    private static readonly string[] EmailAndPasswordKeys =
    [
        "enabled", "disableSignUp", "requireEmailVerification", "maxPasswordLength", "minPasswordLength", "sendResetPassword",
        "resetPasswordTokenExpiresIn", "onPasswordReset", "password", "autoSignIn", "revokeSessionsOnPasswordReset", "onExistingUserSignUp",
        "customSyntheticUser",
    ];
    private static readonly string[] ModelKeys = ["modelName", "fields", "additionalFields"];
    private static readonly Dictionary<string, string[]> CoreModelKeys = new()
    {
        ["user"] = ["validateUserInfo", "changeEmail", "deleteUser"],
        ["session"] = ["expiresIn", "updateAge", "disableSessionRefresh", "deferSessionRefresh", "storeSessionInDatabase", "preserveSessionInDatabase", "cookieCache", "freshAge"],
        ["account"] = ["updateAccountOnSignIn", "accountLinking", "encryptOAuthTokens", "skipStateCookieCheck", "storeStateStrategy", "storeAccountCookie"],
        ["verification"] = ["disableCleanup", "storeIdentifier", "storeInDatabase"],
    };
    private static readonly string[] AdvancedKeys =
    [
        "ipAddress", "useSecureCookies", "disableCSRFCheck", "disableOriginCheck", "crossSubDomainCookies", "cookies", "defaultCookieAttributes",
        "cookiePrefix", "database", "trustedProxyHeaders", "backgroundTasks", "skipTrailingSlashes",
    ];
    private static readonly string[] AdvancedDatabaseKeys = ["defaultFindManyLimit", "generateId", "joins", "validateSchema"];
    // The kysely forms of BetterAuthOptions.database; a pool or an adapter is not an object auth.ts can spell statically.
    private static readonly string[] DatabaseKeys = ["dialect", "db", "type", "casing", "debugLogs", "transaction", "schemaName"];
    private static readonly string[] RateLimitKeys = ["enabled", "window", "max", "customRules", "storage", "customStorage", "modelName", "fields"];
    private static readonly string[] RateLimitStorages = ["memory", "database", "secondary-storage"];
    // input, returned and sortable matter to better-auth at run time only (sortable changes MySQL types, not PostgreSQL's).
    private static readonly string[] FieldKeys = ["type", "required", "unique", "index", "bigint", "defaultValue", "references", "fieldName", "input", "returned", "sortable"];
    private static readonly string[] ReferenceKeys = ["model", "field", "onDelete"];

    public static AuthOptions Parse(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, TopKeys);
        var options = new AuthOptions { Json = json.GetRawText() };
        foreach (var p in json.EnumerateObject())
        {
            var at = path + "." + p.Name;
            options = p.Name switch
            {
                "emailAndPassword" => options with { EmailAndPassword = ParseEmailAndPassword(p.Value, at) },
                "user" => options with { User = ParseCoreModel(p.Value, at, "user") },
                "session" => options with
                {
                    Session = ParseCoreModel(p.Value, at, "session"),
                    StoreSessionInDatabase = OptionalBool(p.Value, "storeSessionInDatabase", at),
                },
                "account" => options with { Account = ParseCoreModel(p.Value, at, "account") },
                "verification" => options with
                {
                    Verification = ParseCoreModel(p.Value, at, "verification"),
                    StoreVerificationInDatabase = OptionalBool(p.Value, "storeInDatabase", at),
                },
                "advanced" => options with { GenerateId = ParseAdvanced(p.Value, at) },
                "plugins" => options with { Plugins = ParsePlugins(p.Value, at) },
                "secondaryStorage" => options with { SecondaryStorage = ParseSecondaryStorage(p.Value, at) },
                "rateLimit" => options with { RateLimitTable = ParseRateLimit(p.Value, at) },
                "database" => options with { SchemaName = ParseDatabase(p.Value, at) },
                _ => options,
            };
        }
        return options;
    }

    private static bool ParseEmailAndPassword(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, EmailAndPasswordKeys);
        return json.TryGetProperty("enabled", out var enabled) && Bool(enabled, path + ".enabled");
    }

    // fields.id is accepted: better-auth's tables always name the id column "id", whatever it says.
    private static ModelOptions ParseCoreModel(JsonElement json, string path, string model) =>
        ParseModel(json, path, ["id", .. CoreSchema.Fields(model).Select(f => f.Key)], [.. ModelKeys, .. CoreModelKeys[model]]);

    /// <summary>A core model's options, or (with only modelName and fields allowed) a plugin table's <c>schema</c> entry.</summary>
    private static ModelOptions ParseModel(JsonElement json, string path, IReadOnlyCollection<string> fieldKeys, IReadOnlyCollection<string> keys)
    {
        RequireObject(json, path);
        CheckKeys(json, path, keys);
        var model = new ModelOptions();
        if (json.TryGetProperty("modelName", out var name)) model = model with { ModelName = Name(name, path + ".modelName") };
        if (json.TryGetProperty("fields", out var fields))
        {
            var at = path + ".fields";
            RequireObject(fields, at);
            CheckKeys(fields, at, fieldKeys);
            model = model with { Fields = fields.EnumerateObject().ToDictionary(f => f.Name, f => Name(f.Value, at + "." + f.Name)) };
        }
        if (json.TryGetProperty("additionalFields", out var additional))
        {
            var at = path + ".additionalFields";
            RequireObject(additional, at);
            model = model with
            {
                AdditionalFields = additional.EnumerateObject()
                    .Select(f => new KeyValuePair<string, FieldDefinition>(f.Name, ParseField(f.Value, at + "." + f.Name)))
                    .ToList(),
            };
        }
        return model;
    }

    internal static FieldDefinition ParseField(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, FieldKeys);
        if (!json.TryGetProperty("type", out var typeJson)) throw Error(path, "has no \"type\"");
        var field = new FieldDefinition(ParseType(typeJson, path + ".type"));
        foreach (var p in json.EnumerateObject())
        {
            var at = path + "." + p.Name;
            field = p.Name switch
            {
                "required" => field with { Required = Bool(p.Value, at) },
                "unique" => field with { Unique = Bool(p.Value, at) },
                "index" => field with { Index = Bool(p.Value, at) },
                "bigint" => field with { BigInt = Bool(p.Value, at) },
                "defaultValue" => field with { Default = ParseDefault(p.Value, field.Type, at) },
                "references" => field with { References = ParseReference(p.Value, at) },
                "fieldName" => field with { FieldName = Name(p.Value, at) },
                "input" or "returned" or "sortable" => Ignore(field, Bool(p.Value, at)),
                _ => field,
            };
        }
        return field;
    }

    private static FieldDefinition Ignore(FieldDefinition field, bool _) => field;

    private static FieldType ParseType(JsonElement json, string path)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            if (json.GetArrayLength() == 0 || json.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                throw Error(path, "must be a type name or a non-empty array of strings (the allowed values)");
            return FieldType.Enum;
        }
        var name = json.ValueKind == JsonValueKind.String ? json.GetString() : null;
        return name switch
        {
            "string" => FieldType.String,
            "number" => FieldType.Number,
            "boolean" => FieldType.Boolean,
            "date" => FieldType.Date,
            "json" => FieldType.Json,
            "string[]" => FieldType.StringArray,
            "number[]" => FieldType.NumberArray,
            _ => throw Error(path, $"unknown field type {json.GetRawText()} (expected string, number, boolean, date, json, string[] or number[])"),
        };
    }

    private static FieldDefault? ParseDefault(JsonElement json, FieldType type, string path) => json.ValueKind switch
    {
        JsonValueKind.String when type == FieldType.Date && json.GetString() == "now" => new FieldDefault.Now(),
        JsonValueKind.String => FieldDefault.String(json.GetString()!),
        JsonValueKind.Number => FieldDefault.Number(json.GetDouble()),
        JsonValueKind.True => FieldDefault.Boolean(true),
        JsonValueKind.False => FieldDefault.Boolean(false),
        JsonValueKind.Null => null,
        _ when type is FieldType.Json or FieldType.StringArray or FieldType.NumberArray => null,
        _ => throw Error(path, "must be a string, a number or a boolean"),
    };

    private static FieldReference ParseReference(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, ReferenceKeys);
        if (!json.TryGetProperty("model", out var model)) throw Error(path, "has no \"model\"");
        if (!json.TryGetProperty("field", out var field)) throw Error(path, "has no \"field\"");
        var reference = new FieldReference(Name(model, path + ".model"), Name(field, path + ".field"));
        if (json.TryGetProperty("onDelete", out var onDelete))
        {
            var action = onDelete.ValueKind == JsonValueKind.String ? onDelete.GetString() : null;
            if (action is null || !FieldReference.OnDeleteActions.Contains(action))
                throw Error(path + ".onDelete", $"unknown action {onDelete.GetRawText()} (expected {string.Join(", ", FieldReference.OnDeleteActions)})");
            reference = reference with { OnDelete = action };
        }
        return reference;
    }

    private static IdGeneration ParseAdvanced(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, AdvancedKeys);
        if (!json.TryGetProperty("database", out var database)) return IdGeneration.Text;
        var at = path + ".database";
        RequireObject(database, at);
        CheckKeys(database, at, AdvancedDatabaseKeys);
        if (!database.TryGetProperty("generateId", out var generateId)) return IdGeneration.Text;
        return generateId.ValueKind switch
        {
            JsonValueKind.False => IdGeneration.Text,
            JsonValueKind.String when generateId.GetString() == "uuid" => IdGeneration.Uuid,
            JsonValueKind.String when generateId.GetString() == "serial" => IdGeneration.Serial,
            _ => throw Error(at + ".generateId", $"unknown value {generateId.GetRawText()} (expected false, \"uuid\" or \"serial\")"),
        };
    }

    /// <summary>
    /// Only <c>schemaName</c> shapes the schema; anything else about the connection (a pool, an adapter, a dialect)
    /// is accepted and ignored, as the JSON form has the URL for that.
    /// </summary>
    private static string? ParseDatabase(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object || json.TryGetProperty(ConfigFile.NotStatic.Marker, out _)) return null;
        CheckKeys(json, path, DatabaseKeys);
        return json.TryGetProperty("schemaName", out var schema) ? Name(schema, path + ".schemaName") : null;
    }

    /// <summary>In JSON the storage itself cannot be written: <c>true</c> (or any object) says one is set.</summary>
    private static bool ParseSecondaryStorage(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.Object => true,
        JsonValueKind.Null => false,
        _ => Bool(json, path),
    };

    private static ModelOptions? ParseRateLimit(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, RateLimitKeys);
        var storage = "memory";
        if (json.TryGetProperty("storage", out var storageJson))
        {
            storage = storageJson.ValueKind == JsonValueKind.String ? storageJson.GetString()! : "";
            if (!RateLimitStorages.Contains(storage))
                throw Error(path + ".storage", $"unknown storage {storageJson.GetRawText()} (expected {string.Join(", ", RateLimitStorages.Select(s => $"\"{s}\""))})");
        }
        var table = ParseModel(json, path, ["key", "count", "lastRequest"], RateLimitKeys);
        return storage == "database" ? table : null;
    }

    private static bool OptionalBool(JsonElement json, string key, string path) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(key, out var value) && Bool(value, path + "." + key);

    private static double? OptionalNumber(JsonElement json, string key, string path) =>
        !json.TryGetProperty(key, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Error(path + "." + key, "must be a number");

    private static IReadOnlyList<PluginOptions> ParsePlugins(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Array) throw Error(path, "must be an array of plugin names or { \"name\": … } objects");
        var plugins = new List<PluginOptions>();
        var i = 0;
        foreach (var item in json.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            plugins.Add(item.ValueKind == JsonValueKind.String ? new PluginOptions(Plugin(item, at).Name) : ParsePlugin(item, at));
        }
        return plugins;
    }

    private static PluginOptions ParsePlugin(JsonElement json, string path)
    {
        RequireObject(json, path);
        if (!json.TryGetProperty("name", out var nameJson)) throw Error(path, "has no \"name\"");
        var plugin = Plugin(nameJson, path + ".name");
        var options = new PluginOptions(plugin.Name);
        if (plugin is ApiKeyPlugin && json.TryGetProperty(ApiKeyPlugin.Configurations, out var configurations))
        {
            CheckKeys(json, path, ["name", ApiKeyPlugin.Configurations, "schema"]);
            options = ParseApiKeyConfigurations(options, configurations, $"{path}.{ApiKeyPlugin.Configurations}");
        }
        else
        {
            CheckKeys(json, path, ["name", .. plugin.OptionKeys]);
            if (plugin is ApiKeyPlugin) options = WithApiKeyRateLimit(options, json, path);
        }
        if (json.TryGetProperty("storeInDatabase", out var store) && plugin.Name == "lastLoginMethod")
            options = options with { StoreInDatabase = Bool(store, path + ".storeInDatabase") };
        if (json.TryGetProperty("teams", out var teams))
        {
            RequireObject(teams, path + ".teams");
            CheckKeys(teams, path + ".teams", ["enabled", "defaultTeam", "maximumTeams", "maximumMembersPerTeam", "allowRemovingAllTeams"]);
            options = options with { TeamsEnabled = OptionalBool(teams, "enabled", path + ".teams") };
        }
        if (json.TryGetProperty("dynamicAccessControl", out var dynamic))
        {
            RequireObject(dynamic, path + ".dynamicAccessControl");
            CheckKeys(dynamic, path + ".dynamicAccessControl", ["enabled", "maximumRolesPerOrganization"]);
            options = options with { DynamicAccessControl = OptionalBool(dynamic, "enabled", path + ".dynamicAccessControl") };
        }
        if (plugin is DeviceAuthorizationPlugin && json.TryGetProperty("grant", out var grant))
            options = options with { GrantFields = ParseGrantFields(grant, path + ".grant") };
        var enabled = plugin.EnablableParts.Where(part => json.TryGetProperty(part, out var value) && EnabledPart(value, $"{path}.{part}")).ToHashSet();
        enabled.UnionWith(plugin.PresentParts.Where(part => json.TryGetProperty(part.Key, out var value) && PresentPart(value, $"{path}.{part.Key}", part.Value)).Select(part => part.Key));
        if (enabled.Count > 0) options = options with { EnabledParts = enabled };
        if (plugin.Name == "lastLoginMethod")
            return json.TryGetProperty("schema", out var own) ? options with { Schema = ParseLastLoginMethodSchema(own, path + ".schema") } : options;
        if (json.TryGetProperty("schema", out var schema))
        {
            var at = path + ".schema";
            RequireObject(schema, at);
            // The plugin's tables with every optional part on, so that any table it can have may be renamed.
            var tables = plugin.Tables(options with { TeamsEnabled = true, DynamicAccessControl = true, StoreInDatabase = true, EnabledParts = plugin.EnablableParts.Concat(plugin.PresentParts.Keys).ToHashSet() });
            CheckKeys(schema, at, tables.Select(t => t.Key).Distinct().ToList());
            options = options with
            {
                Schema = schema.EnumerateObject().ToDictionary(t => t.Name, t => ParseModel(t.Value, at + "." + t.Name,
                    tables.Where(x => x.Key == t.Name).SelectMany(x => x.Fields).Select(f => f.Key).ToList(),
                    plugin is OrganizationPlugin && OrganizationPlugin.TablesWithAdditionalFields.Contains(t.Name) ? ModelKeys : ["modelName", "fields"])),
            };
        }
        // twoFactor's own option wins over schema.twoFactor.modelName, as the plugin spreads it last.
        if (plugin.Name == "twoFactor" && json.TryGetProperty("twoFactorTable", out var table))
        {
            var renamed = options.Schema.GetValueOrDefault("twoFactor") ?? new ModelOptions();
            options = options with
            {
                Schema = new Dictionary<string, ModelOptions>(options.Schema) { ["twoFactor"] = renamed with { ModelName = Name(table, path + ".twoFactorTable") } },
            };
        }
        if (plugin is SsoPlugin) options = WithSsoRenames(options, json, path);
        return options;
    }

    /// <summary>
    /// deviceAuthorization's <c>grant</c>: only its <c>deviceCodeSchemaFields</c> shape the schema, and they may not
    /// redefine the plugin's own fields (the plugin refuses that too).
    /// </summary>
    private static List<KeyValuePair<string, FieldDefinition>> ParseGrantFields(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, DeviceAuthorizationPlugin.GrantKeys);
        if (!json.TryGetProperty("deviceCodeSchemaFields", out var fields)) return [];
        var at = path + ".deviceCodeSchemaFields";
        RequireObject(fields, at);
        var own = DeviceAuthorizationPlugin.OwnFields;
        var conflicting = fields.EnumerateObject().Select(f => f.Name).Where(own.Contains).ToList();
        if (conflicting.Count > 0)
            throw Error(at, $"a grant's fields must be additional and cannot redefine deviceCode fields: {string.Join(", ", conflicting)}");
        return fields.EnumerateObject().Select(f => new KeyValuePair<string, FieldDefinition>(f.Name, ParseField(f.Value, at + "." + f.Name))).ToList();
    }

    /// <summary>
    /// apiKey's array form (<c>apiKey([{ configId: … }, …], { schema })</c>): every configuration needs a
    /// <c>configId</c> of its own, as the plugin demands; a lone configuration's rate limit sets the column defaults,
    /// several leave better-auth's defaults (the plugin reads the rate limit only when there is exactly one).
    /// </summary>
    private static PluginOptions ParseApiKeyConfigurations(PluginOptions options, JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Array) throw Error(path, "must be an array of apiKey configurations");
        var keys = new ApiKeyPlugin().OptionKeys.Where(k => k != "schema").ToList();
        var ids = new HashSet<string>();
        var i = 0;
        foreach (var configuration in json.EnumerateArray())
        {
            var at = $"{path}[{i++}]";
            RequireObject(configuration, at);
            CheckKeys(configuration, at, keys);
            if (!configuration.TryGetProperty("configId", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 } configId)
                throw Error(at, "has no configId (better-auth: \"configId is required for each API key configuration in the api-key plugin.\")");
            if (!ids.Add(configId))
                throw Error(at + ".configId", $"\"{configId}\" is used twice (better-auth: \"configId must be unique for each API key configuration in the api-key plugin.\")");
        }
        return json.GetArrayLength() == 1 ? WithApiKeyRateLimit(options, json[0], path + "[0]") : options;
    }

    /// <summary>apiKey's <c>rateLimit.timeWindow</c> and <c>maxRequests</c>: the defaults of two columns.</summary>
    private static PluginOptions WithApiKeyRateLimit(PluginOptions options, JsonElement json, string path)
    {
        if (!json.TryGetProperty("rateLimit", out var rateLimit)) return options;
        RequireObject(rateLimit, path + ".rateLimit");
        CheckKeys(rateLimit, path + ".rateLimit", ["enabled", "timeWindow", "maxRequests"]);
        return options with
        {
            RateLimitTimeWindow = OptionalNumber(rateLimit, "timeWindow", path + ".rateLimit"),
            RateLimitMax = OptionalNumber(rateLimit, "maxRequests", path + ".rateLimit"),
        };
    }

    /// <summary>
    /// sso's own <c>modelName</c> and <c>fields</c>, which win over <c>schema.ssoProvider</c>'s, field by field
    /// (<c>domainVerified</c> is renamed only through <c>schema</c>).
    /// </summary>
    private static PluginOptions WithSsoRenames(PluginOptions options, JsonElement json, string path)
    {
        var renamed = options.Schema.GetValueOrDefault("ssoProvider") ?? new ModelOptions();
        if (json.TryGetProperty("modelName", out var model)) renamed = renamed with { ModelName = Name(model, path + ".modelName") };
        if (json.TryGetProperty("fields", out var fields))
        {
            RequireObject(fields, path + ".fields");
            CheckKeys(fields, path + ".fields", SsoPlugin.RenamableByFields);
            var merged = new Dictionary<string, string>(renamed.Fields);
            foreach (var field in fields.EnumerateObject()) merged[field.Name] = Name(field.Value, $"{path}.fields.{field.Name}");
            renamed = renamed with { Fields = merged };
        }
        return ReferenceEquals(renamed, options.Schema.GetValueOrDefault("ssoProvider")) ? options
            : options with { Schema = new Dictionary<string, ModelOptions>(options.Schema) { ["ssoProvider"] = renamed } };
    }

    /// <summary>
    /// An optional part's <c>enabled</c>; its other keys do not shape the schema. A part that auth.ts gives only
    /// sometimes (<c>cond ? { enabled: true } : undefined</c>) is refused where it is written, not read as off.
    /// </summary>
    private static bool EnabledPart(JsonElement json, string path)
    {
        RequireObject(json, path);
        if (json.TryGetProperty(ConfigFile.NotStatic.Marker, out _)) throw Error(path, "is not static");
        return OptionalBool(json, "enabled", path);
    }

    /// <summary>
    /// A part given at all is on (null is JavaScript's absent); its keys are checked, so a value that is not static
    /// (whose JSON is a marker object) is refused by name rather than read as given.
    /// </summary>
    private static bool PresentPart(JsonElement json, string path, IReadOnlyCollection<string> keys)
    {
        if (json.ValueKind == JsonValueKind.Null) return false;
        RequireObject(json, path);
        CheckKeys(json, path, keys);
        return true;
    }

    /// <summary>lastLoginMethod takes its column name as <c>schema.user.lastLoginMethod</c>, not through better-auth's mergeSchema.</summary>
    private static Dictionary<string, ModelOptions> ParseLastLoginMethodSchema(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, ["user"]);
        if (!json.TryGetProperty("user", out var user)) return [];
        RequireObject(user, path + ".user");
        CheckKeys(user, path + ".user", ["lastLoginMethod"]);
        return user.TryGetProperty("lastLoginMethod", out var column)
            ? new() { ["user"] = new ModelOptions { Fields = new Dictionary<string, string> { ["lastLoginMethod"] = Name(column, path + ".user.lastLoginMethod") } } }
            : [];
    }

    private static AuthPlugin Plugin(JsonElement json, string path)
    {
        var name = json.ValueKind == JsonValueKind.String ? json.GetString()! : throw Error(path, "must be a plugin name");
        return PluginCatalog.Find(name)
            ?? throw Error(path, $"unknown better-auth plugin \"{name}\" (known: {string.Join(", ", PluginCatalog.Names)})");
    }

    private static void RequireObject(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object) throw Error(path, "must be an object");
    }

    private static void CheckKeys(JsonElement json, string path, IReadOnlyCollection<string> known)
    {
        foreach (var p in json.EnumerateObject())
            if (!known.Contains(p.Name))
                throw Error(path + "." + p.Name, $"unknown option (expected one of: {string.Join(", ", known)})");
    }

    private static bool Bool(JsonElement json, string path) => json.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(path, "must be true or false"),
    };

    private static string Name(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.String && json.GetString() is { Length: > 0 } name ? name : throw Error(path, "must be a non-empty string");

    private static StrataException Error(string path, string problem) => StrataException.Input($"{path}: {problem}.");
}
