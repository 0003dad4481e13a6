using System.Text.Json.Nodes;
using Acornima.Ast;

namespace Strata.Auth.ConfigFile;

/// <summary>
/// A value of <c>auth.ts</c> that cannot be known without running it (<c>process.env.X</c>, a call, a plugin imported
/// from the app's own module), kept with where it is written; as JSON it is an object Strata's parser never accepts
/// where the schema needs a value, and ignores where it does not.
/// </summary>
internal sealed record NotStatic(string Where, string Text, bool IsFunction)
{
    public const string Marker = "$notStatic";

    public JsonObject ToJson() => new() { [Marker] = Where, ["text"] = Text, ["function"] = IsFunction };

    public static NotStatic? Of(JsonNode? node) =>
        node is JsonObject o && o[Marker] is JsonValue where
            ? new NotStatic(where.GetValue<string>(), o["text"]!.GetValue<string>(), o["function"]!.GetValue<bool>())
            : null;

    public static NotStatic At(Node node, string file, string source, bool isFunction = false)
    {
        var text = source[node.Start..node.End].ReplaceLineEndings(" ");
        if (text.Length > 60) text = text[..57] + "...";
        return new NotStatic($"{file}:{node.Location.Start.Line}:{node.Location.Start.Column + 1}", text, isFunction);
    }
}
