using System.Text.Json.Nodes;
using Acornima.Ast;
using Strata.Auth.Plugins;
using Strata.TypeScript;

namespace Strata.Auth.ConfigFile;

/// <summary>
/// Evaluates the expressions of one file as far as they are static: literals, objects, arrays, template literals
/// of constants, the file's own top-level bindings, spreads of those, and better-auth plugin calls (turned into
/// <c>{ "name": …, …options }</c> by what the callee is imported as). Everything else becomes <see cref="NotStatic"/>.
/// </summary>
internal sealed class StaticEvaluator
{
    const int MaxDepth = 64;
    readonly SourceFile _file;
    readonly Dictionary<string, Node?> _bindings = [];
    readonly Dictionary<string, (string Module, string? Export)> _imports = [];

    public StaticEvaluator(SourceFile file)
    {
        _file = file;
        foreach (var statement in file.Program.Body)
            Collect(statement is ExportNamedDeclaration { Declaration: { } d } ? d : statement);
    }

    void Collect(Node statement)
    {
        switch (statement)
        {
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                    if (d.Id is Identifier id) _bindings[id.Name] = d.Init;
                break;
            case ImportDeclaration i:
                foreach (var s in i.Specifiers)
                {
                    var export = s switch
                    {
                        ImportSpecifier { Imported: Identifier n } => n.Name,
                        ImportSpecifier { Imported: StringLiteral n } => n.Value,
                        ImportDefaultSpecifier => "default",
                        _ => null, // import * as ns
                    };
                    _imports[s.Local.Name] = (i.Source.Value, export);
                }
                break;
        }
    }

    /// <summary>The options of the file's <c>betterAuth(…)</c> call.</summary>
    public JsonObject Options()
    {
        var call = Calls(_file.Program).FirstOrDefault(IsBetterAuth)
            ?? throw StrataException.Input($"{_file.FileName}: no betterAuth(…) call found (Strata reads the options of the call, statically).");
        if (call.Arguments.Count == 0) return [];
        var options = Evaluate(call.Arguments[0], 0);
        return options is JsonObject o && NotStatic.Of(o) is null ? o
            : throw StrataException.Input($"{NotStatic.At(call.Arguments[0], _file.FileName, _file.Source).Where}: the options of betterAuth(…) are not a static object; " +
                "write them as an object literal (local consts and spreads of them are followed), or give them in .migraterc.json's \"auth\" section.");
    }

    bool IsBetterAuth(CallExpression call) => call.Callee is Identifier id &&
        (_imports.TryGetValue(id.Name, out var import) ? import.Module == "better-auth" && import.Export == "betterAuth" : id.Name == "betterAuth");

    static IEnumerable<CallExpression> Calls(Node node)
    {
        if (node is CallExpression call) yield return call;
        foreach (var child in node.ChildNodes)
            foreach (var c in Calls(child))
                yield return c;
    }

    JsonNode? Evaluate(Node node, int depth)
    {
        if (depth > MaxDepth) return Opaque(node);
        return node switch
        {
            StringLiteral s => JsonValue.Create(s.Value),
            NumericLiteral n => JsonValue.Create(n.Value),
            BooleanLiteral b => JsonValue.Create(b.Value),
            NullLiteral => null,
            UnaryExpression { Operator: Acornima.Operator.UnaryNegation, Argument: NumericLiteral n } => JsonValue.Create(-n.Value),
            TemplateLiteral t => Template(t, depth),
            Identifier { Name: "undefined" } => null,
            Identifier id when _bindings.TryGetValue(id.Name, out var init) => init is null ? null : Evaluate(init, depth + 1),
            ObjectExpression o => Object(o, depth),
            ArrayExpression a => Array(a, depth),
            BinaryExpression b => Arithmetic(b, depth),
            MemberExpression m when !m.Optional && Key(m) is { } key && Evaluate(m.Object, depth + 1) is JsonObject from && NotStatic.Of(from) is null
                => from.TryGetPropertyValue(key, out var member) ? member?.DeepClone() : null,
            CallExpression c when Plugin(c.Callee) is { } name => PluginCall(name, c, depth),
            ArrowFunctionExpression or FunctionExpression => NotStatic.At(node, _file.FileName, _file.Source, isFunction: true).ToJson(),
            _ => Opaque(node),
        };
    }

    static string? Key(MemberExpression m) => m switch
    {
        { Computed: false, Property: Identifier id } => id.Name,
        { Computed: true, Property: StringLiteral s } => s.Value,
        _ => null,
    };

    /// <summary>Arithmetic on numbers (<c>60 * 60 * 24</c>) and <c>+</c> on strings, as JavaScript computes them.</summary>
    JsonNode? Arithmetic(BinaryExpression b, int depth)
    {
        if (Evaluate(b.Left, depth + 1) is not JsonValue left || Evaluate(b.Right, depth + 1) is not JsonValue right) return Opaque(b);
        if (left.TryGetValue<double>(out var x) && right.TryGetValue<double>(out var y))
        {
            double? result = b.Operator switch
            {
                Acornima.Operator.Addition => x + y,
                Acornima.Operator.Subtraction => x - y,
                Acornima.Operator.Multiplication => x * y,
                Acornima.Operator.Division => x / y,
                _ => null,
            };
            return result is { } n && double.IsFinite(n) ? JsonValue.Create(n) : Opaque(b);
        }
        return b.Operator == Acornima.Operator.Addition && left.TryGetValue<string>(out var l) && right.TryGetValue<string>(out var r)
            ? JsonValue.Create(l + r) : Opaque(b);
    }

    JsonObject Opaque(Node node) => NotStatic.At(node, _file.FileName, _file.Source).ToJson();

    JsonNode Template(TemplateLiteral t, int depth)
    {
        var text = t.Quasis[0].Value.Cooked ?? "";
        for (var i = 0; i < t.Expressions.Count; i++)
        {
            var value = Evaluate(t.Expressions[i], depth + 1);
            if (value is not JsonValue v || NotStatic.Of(value) is not null) return Opaque(t);
            text += v.TryGetValue<string>(out var s) ? s : v.ToJsonString();
            text += t.Quasis[i + 1].Value.Cooked ?? "";
        }
        return JsonValue.Create(text);
    }

    JsonNode Object(ObjectExpression o, int depth)
    {
        var result = new JsonObject();
        foreach (var p in o.Properties)
        {
            if (p is SpreadElement spread)
            {
                // A spread of something unknown may set any key: the object as a whole is then unknown.
                if (Evaluate(spread.Argument, depth + 1) is not JsonObject from || NotStatic.Of(from) is not null) return Opaque(o);
                foreach (var (k, v) in from) result[k] = v?.DeepClone();
                continue;
            }
            if (p is not Property property) return Opaque(o);
            var key = property switch
            {
                { Computed: false, Key: Identifier id } => id.Name,
                { Key: StringLiteral s } => s.Value,
                { Key: NumericLiteral n } => n.Raw,
                _ => null,
            };
            if (key is null) return Opaque(o);
            result[key] = property.Kind == PropertyKind.Init && !property.Method
                ? Evaluate(property.Value, depth + 1)
                : NotStatic.At(property, _file.FileName, _file.Source, isFunction: true).ToJson();
        }
        return result;
    }

    JsonNode Array(ArrayExpression a, int depth)
    {
        var result = new JsonArray();
        foreach (var element in a.Elements)
        {
            if (element is SpreadElement spread)
            {
                if (Evaluate(spread.Argument, depth + 1) is not JsonArray from) return Opaque(a);
                foreach (var v in from) result.Add(v?.DeepClone());
                continue;
            }
            result.Add(element is null ? null : Evaluate(element, depth + 1));
        }
        return result;
    }

    /// <summary>
    /// The plugin's export name when <paramref name="callee"/> is imported from better-auth's plugin modules or a
    /// separately published <c>@better-auth/…</c> package (<c>import { admin as a }</c>, <c>import * as p</c> then <c>p.admin</c>).
    /// </summary>
    string? Plugin(Node callee)
    {
        switch (callee)
        {
            case Identifier id when _imports.TryGetValue(id.Name, out var import) && IsPluginModule(import.Module) && import.Export is { } name:
                return name;
            case MemberExpression { Computed: false, Object: Identifier ns, Property: Identifier member }
                when _imports.TryGetValue(ns.Name, out var import) && import.Export is null && IsPluginModule(import.Module):
                return member.Name;
            default:
                return null;
        }
    }

    static bool IsPluginModule(string module) =>
        module is "better-auth/plugins" or "better-auth/next-js" or "better-auth/react-start" or "better-auth/svelte-kit" or "better-auth/solid-start" || module.StartsWith("better-auth/plugins/", StringComparison.Ordinal) ||
        module.StartsWith("@better-auth/", StringComparison.Ordinal);

    JsonNode PluginCall(string name, CallExpression call, int depth)
    {
        var plugin = new JsonObject { ["name"] = name };
        if (call.Arguments.Count == 0) return plugin;
        var first = Evaluate(call.Arguments[0], depth + 1);
        var apiKey = name == "apiKey";
        if (apiKey && first is JsonArray configurations) plugin[ApiKeyPlugin.Configurations] = configurations.DeepClone();
        else if (first is JsonObject options && NotStatic.Of(options) is null)
            foreach (var (k, v) in options) plugin[k] = v?.DeepClone();
        else return Opaque(call);
        // apiKey(configurations, options): the second argument's schema replaces the first's (the plugin reads only one).
        if (apiKey && call.Arguments.Count > 1)
        {
            if (Evaluate(call.Arguments[1], depth + 1) is not JsonObject second || NotStatic.Of(second) is not null) return Opaque(call);
            plugin.Remove("schema");
            if (second["schema"] is { } schema) plugin["schema"] = schema.DeepClone();
        }
        return plugin;
    }
}
