using System.Text.Json.Nodes;

namespace Strata.Auth.ConfigFile;

/// <summary>
/// The two places where a function in auth.ts has a schema meaning: <c>advanced.database.generateId</c> (a function
/// means better-auth's text ids) and a field's <c>defaultValue</c> (on a date field the CLI writes
/// <c>default CURRENT_TIMESTAMP</c>, JSON's <c>"now"</c>; on any other type it writes nothing).
/// </summary>
internal static class FunctionValues
{
    public static void Resolve(JsonObject auth)
    {
        if (auth["advanced"]?["database"] is JsonObject database && IsFunction(database["generateId"])) database["generateId"] = false;
        foreach (var model in CoreSchema.Models)
            Fields(auth[model]?["additionalFields"]);
        if (auth["plugins"] is JsonArray plugins)
            foreach (var plugin in plugins)
                if (plugin?["schema"] is JsonObject schema)
                    foreach (var (_, table) in schema)
                        Fields(table?["additionalFields"]);
    }

    static void Fields(JsonNode? fields)
    {
        if (fields is not JsonObject all) return;
        foreach (var (_, field) in all)
        {
            if (field is not JsonObject f || !IsFunction(f["defaultValue"])) continue;
            if (f["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "date") f["defaultValue"] = "now";
            else f.Remove("defaultValue");
        }
    }

    static bool IsFunction(JsonNode? node) => NotStatic.Of(node) is { IsFunction: true };
}
