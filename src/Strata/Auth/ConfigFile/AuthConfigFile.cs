using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Strata.TypeScript;

namespace Strata.Auth.ConfigFile;

/// <summary>
/// better-auth's own config file (<c>"auth": { "config": "src/lib/auth.ts" }</c>) read without running it: the
/// options object of its <c>betterAuth(…)</c> call becomes the JSON of an <c>auth</c> section, then goes through the
/// same parser as that section. Local <c>const</c>s, object and array spreads of them, template literals of
/// constants and plugin calls (by what they are imported as) are followed; anything else is kept as
/// <see cref="NotStatic"/>, which is an error only where the schema needs it.
/// </summary>
internal static class AuthConfigFile
{
    static readonly string[] Scripts = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

    /// <summary>The auth options the file describes, as the JSON of an <c>auth</c> section.</summary>
    /// <exception cref="StrataException">The file is missing, does not parse, has no betterAuth call, or a schema-shaping value is not static (<see cref="FailureKind.Input"/>).</exception>
    public static JsonObject ReadJson(string path, string displayName)
    {
        // Parse errors quote the text they stop at; a file that is no script (a .env) must not be quoted into output.
        if (!Scripts.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            throw StrataException.Input($"{displayName}: \"auth.config\" names better-auth's own config file, a .ts or .js file (auth.ts); put options written as JSON in the \"auth\" section itself.");
        if (!File.Exists(path)) throw StrataException.Input($"{displayName}: the auth config file does not exist.");
        SourceFile file;
        try { file = TypeScriptReader.Read(File.ReadAllText(path), displayName); }
        catch (TypeScriptSyntaxException e) { throw StrataException.Input(e.Message, e); }
        var json = new StaticEvaluator(file).Options();
        FunctionValues.Resolve(json);
        return json;
    }

    /// <summary>Reads the file and parses its options; a parser error at a value that is not static names where it is written.</summary>
    public static AuthOptions Read(string path, string displayName)
    {
        var json = ReadJson(path, displayName);
        try
        {
            using var doc = JsonDocument.Parse(json.ToJsonString());
            return AuthOptions.Parse(doc.RootElement) with { Json = Readable(json).ToJsonString(Indented) };
        }
        catch (StrataException e) when (e.Kind == FailureKind.Input)
        {
            throw NotStaticError(json, e) ?? StrataException.Input($"{displayName}: {e.Message}", e);
        }
    }

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() };

    /// <summary>
    /// The options as the JSON form would hold them: values that are not static are left out (they did not shape the
    /// schema, or the parser would have refused them), except a secondary storage, which JSON writes as <c>true</c>.
    /// </summary>
    static JsonNode Readable(JsonObject auth)
    {
        var copy = (JsonObject)Strip(auth)!;
        if (auth["secondaryStorage"] is { } storage && NotStatic.Of(storage) is not null) copy["secondaryStorage"] = true;
        return copy;
    }

    static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var result = new JsonObject();
                foreach (var (k, v) in o)
                    if (NotStatic.Of(v) is null) result[k] = Strip(v);
                return result;
            case JsonArray a:
                return new JsonArray(a.Where(v => NotStatic.Of(v) is null).Select(Strip).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>When the parser stopped at (or inside) a value that is not static, an error saying where it is and what to write.</summary>
    static StrataException? NotStaticError(JsonObject json, StrataException e)
    {
        var colon = e.Message.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || !e.Message.StartsWith("auth", StringComparison.Ordinal)) return null;
        var path = e.Message[..colon];
        // Walk the path; the first value that is not static on the way is the one to blame.
        JsonNode? node = json;
        var option = "auth";
        foreach (var step in Steps(path))
        {
            if (NotStatic.Of(node) is { } found) return Error(found, option);
            node = step is int i ? (node as JsonArray)?[i] : (node as JsonObject)?[(string)step];
            option += step is int n ? $"[{n}]" : "." + step;
        }
        return NotStatic.Of(node) is { } last ? Error(last, option) : null;
    }

    static StrataException Error(NotStatic value, string option) => StrataException.Input(
        $"{value.Where}: {option} is `{value.Text}`, which Strata cannot know without running the file, and it shapes the schema. " +
        $"Write it as a literal there, or give the options in .migraterc.json instead: {JsonForm(option)} (`strata auth config` prints the rest).");

    /// <summary><c>auth.user.modelName</c> → <c>"auth": { "user": { "modelName": … } }</c>.</summary>
    static string JsonForm(string option)
    {
        var parts = option.Split('.');
        var text = "…";
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[');
            if (bracket >= 0) { text = $"[{text}]"; part = part[..bracket]; }
            text = i == 0 ? $"\"{part}\": {text}" : $"{{ \"{part}\": {text} }}";
        }
        return text;
    }

    static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path.Split('.').Skip(1))
        {
            var bracket = part.IndexOf('[');
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket >= 0) yield return int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture);
        }
    }
}
