using System.Text.Json;
using Strata.Auth.Plugins;

namespace Strata.Auth;

/// <summary>
/// Reads <see cref="AuthOptions"/> from JSON by hand (no reflection, so it stays NativeAOT-friendly).
/// Every error names the key by its path, e.g. <c>auth.user.additionalFields.age.type</c>.
/// </summary>
internal static class AuthOptionsParser
{
    private static readonly string[] TopKeys = ["emailAndPassword", "user", "session", "account", "verification", "advanced", "plugins"];
    // emailAndPassword's options change no column; they are accepted so a config can mirror auth.ts.
    private static readonly string[] EmailAndPasswordKeys =
        ["enabled", "disableSignUp", "requireEmailVerification", "minPasswordLength", "maxPasswordLength", "autoSignIn", "revokeSessionsOnPasswordReset", "resetPasswordTokenExpiresIn"];
    private static readonly string[] ModelKeys = ["modelName", "fields", "additionalFields"];
    // input, returned and sortable matter to better-auth at run time only (sortable changes MySQL types, not PostgreSQL's).
    private static readonly string[] FieldKeys = ["type", "required", "unique", "index", "bigint", "defaultValue", "references", "fieldName", "input", "returned", "sortable"];
    private static readonly string[] ReferenceKeys = ["model", "field", "onDelete"];

    public static AuthOptions Parse(JsonElement json, string path)
    {
        RequireObject(json, path);
        CheckKeys(json, path, TopKeys);
        var options = new AuthOptions();
        foreach (var p in json.EnumerateObject())
        {
            var at = path + "." + p.Name;
            options = p.Name switch
            {
                "emailAndPassword" => options with { EmailAndPassword = ParseEmailAndPassword(p.Value, at) },
                "user" => options with { User = ParseModel(p.Value, at, CoreFieldKeys("user")) },
                "session" => options with { Session = ParseModel(p.Value, at, CoreFieldKeys("session")) },
                "account" => options with { Account = ParseModel(p.Value, at, CoreFieldKeys("account")) },
                "verification" => options with { Verification = ParseModel(p.Value, at, CoreFieldKeys("verification")) },
                "advanced" => options with { GenerateId = ParseAdvanced(p.Value, at) },
                _ => options with { Plugins = ParsePlugins(p.Value, at) },
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

    private static IReadOnlyCollection<string> CoreFieldKeys(string model) => CoreSchema.Fields(model).Select(f => f.Key).ToList();

    /// <summary>A core model's options, or (with <paramref name="allowAdditional"/> false) a plugin table's <c>schema</c> entry.</summary>
    private static ModelOptions ParseModel(JsonElement json, string path, IReadOnlyCollection<string> fieldKeys, bool allowAdditional = true)
    {
        RequireObject(json, path);
        CheckKeys(json, path, allowAdditional ? ModelKeys : ["modelName", "fields"]);
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
        CheckKeys(json, path, ["database"]);
        if (!json.TryGetProperty("database", out var database)) return IdGeneration.Text;
        var at = path + ".database";
        RequireObject(database, at);
        CheckKeys(database, at, ["generateId"]);
        if (!database.TryGetProperty("generateId", out var generateId)) return IdGeneration.Text;
        return generateId.ValueKind switch
        {
            JsonValueKind.False => IdGeneration.Text,
            JsonValueKind.String when generateId.GetString() == "uuid" => IdGeneration.Uuid,
            JsonValueKind.String when generateId.GetString() == "serial" => IdGeneration.Serial,
            _ => throw Error(at + ".generateId", $"unknown value {generateId.GetRawText()} (expected false, \"uuid\" or \"serial\")"),
        };
    }

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
        CheckKeys(json, path, ["name", "schema", .. plugin.OptionKeys]);
        var options = new PluginOptions(plugin.Name);
        if (json.TryGetProperty("teams", out var teams))
        {
            RequireObject(teams, path + ".teams");
            CheckKeys(teams, path + ".teams", ["enabled"]);
            options = options with { TeamsEnabled = teams.TryGetProperty("enabled", out var enabled) && Bool(enabled, path + ".teams.enabled") };
        }
        if (json.TryGetProperty("schema", out var schema))
        {
            var at = path + ".schema";
            RequireObject(schema, at);
            // The plugin's tables with every optional part on, so that any table it can have may be renamed.
            var tables = plugin.Tables(options with { TeamsEnabled = true });
            CheckKeys(schema, at, tables.Select(t => t.Key).Distinct().ToList());
            options = options with
            {
                Schema = schema.EnumerateObject().ToDictionary(t => t.Name, t => ParseModel(t.Value, at + "." + t.Name,
                    tables.Where(x => x.Key == t.Name).SelectMany(x => x.Fields).Select(f => f.Key).ToList(), allowAdditional: false)),
            };
        }
        return options;
    }

    private static IAuthPlugin Plugin(JsonElement json, string path)
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
