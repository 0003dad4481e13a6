using System.Reflection;
using System.Text.RegularExpressions;
using Strata.App;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App;

/// <summary>
/// Every method of node-pg-migrate 9.0.0's MigrationBuilder, and every option of its options object, is in the C#
/// builder: the method in PascalCase, each option a parameter of it (the rule: options object → trailing named
/// parameters). Read from the installed package's type declarations, so a method or option the C# builder lacks fails here.
/// </summary>
public partial class NodePgMigrateSurfaceTests
{
    /// <summary>Where the C# name differs from node-pg-migrate's, and why.</summary>
    static readonly Dictionary<(string Method, string Option), string> Renamed = new()
    {
        // `schema` grants on ALL TABLES IN SCHEMA; beside `tables` a plain "schema" would read as the tables' schema.
        [("GrantOnTables", "schema")] = "allTablesInSchema",
        [("RevokeOnTables", "schema")] = "allTablesInSchema",
        // The function is a name, like every other name parameter here.
        [("CreateCast", "functionName")] = "function",
    };

    static string Declarations => Path.Combine(NodePgMigrate.NodeModules, "node-pg-migrate", "dist", "legacy");

    [NodePgMigrateFact]
    public void Every_method_and_option_of_node_pg_migrate_is_a_method_and_parameter_of_the_csharp_builder()
    {
        var text = string.Join("\n", Directory.GetFiles(Declarations, "*.d.ts", SearchOption.AllDirectories).Order().Select(File.ReadAllText));
        var builder = File.ReadAllText(Path.Combine(Declarations, "migrationBuilder.d.ts"));
        var methods = MethodDeclaration().Matches(builder).Select(m => (Name: m.Groups[1].Value, Type: m.Groups[2].Value)).ToList();
        Assert.True(methods.Count > 80, $"only {methods.Count} methods read from migrationBuilder.d.ts");

        var types = TypeAlias().Matches(text).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value);
        var interfaces = Interface().Matches(text).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => (Extends: g.First().Groups[2].Value, Body: g.First().Groups[3].Value));
        var csharp = typeof(MigrationBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.SelectMany(m => m.GetParameters()).Select(p => p.Name!.ToLowerInvariant()).ToHashSet());

        var gaps = new List<string>();
        foreach (var (name, type) in methods)
        {
            var method = char.ToUpperInvariant(name[0]) + name[1..];
            if (!csharp.TryGetValue(method, out var parameters)) { gaps.Add($"{method}: no such method"); continue; }
            foreach (var option in OptionsOf(FunctionText(type, types, []), types, interfaces))
            {
                var expected = Renamed.GetValueOrDefault((method, option), option);
                if (!parameters.Contains(expected.ToLowerInvariant())) gaps.Add($"{method}: no parameter for option {option}");
            }
        }
        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    /// <summary>The declared function type, with the types it is made of (Reversible&lt;XFn&gt;, XFn1 | XFn2).</summary>
    static string FunctionText(string type, Dictionary<string, string> types, HashSet<string> seen)
    {
        if (!seen.Add(type) || !types.TryGetValue(type, out var body)) return "";
        return string.Join("\n", [body, .. FunctionName().Matches(body).Select(m => FunctionText(m.Value, types, seen))]);
    }

    /// <summary>The top-level keys of every options type the function takes, through extends, intersections and unions.</summary>
    static HashSet<string> OptionsOf(string function, Dictionary<string, string> types, Dictionary<string, (string Extends, string Body)> interfaces)
    {
        var keys = new HashSet<string>();
        var seen = new HashSet<string>();
        void Add(string name)
        {
            if (!seen.Add(name)) return;
            if (interfaces.TryGetValue(name, out var i))
            {
                int depth = 0;
                foreach (var line in i.Body.Split('\n'))
                {
                    if (depth == 0 && Key().Match(line) is { Success: true } k) keys.Add(k.Groups[1].Value);
                    depth += line.Count(c => c == '{') - line.Count(c => c == '}');
                }
                foreach (Match e in Word().Matches(i.Extends)) Add(e.Value);
            }
            else if (types.TryGetValue(name, out var t))
            {
                foreach (Match o in OptionsName().Matches(t)) Add(o.Value);
                foreach (Match k in Key().Matches(t)) keys.Add(k.Groups[1].Value);
            }
        }
        foreach (Match o in OptionsName().Matches(function)) Add(o.Value);
        return keys;
    }

    [GeneratedRegex(@"readonly (\w+): \(\.\.\.args: Parameters<(\w+)>\) => void;")]
    private static partial Regex MethodDeclaration();

    // A declaration ends at a ";" that ends a line not followed by an indented line or a closing brace (its own members).
    [GeneratedRegex(@"^type (\w+)(?:<[^=]*>)? = (.*?);\n(?=[^\s}])", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex TypeAlias();

    [GeneratedRegex(@"^interface (\w+)(?: extends ([\w, <>]+))? \{(\}|.*?^\})", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Interface();

    [GeneratedRegex(@"\b[A-Z]\w*Fn\d?\b")]
    private static partial Regex FunctionName();

    [GeneratedRegex(@"\b[A-Z]\w*Options?\b")]
    private static partial Regex OptionsName();

    [GeneratedRegex(@"^\s*(?:readonly )?(\w+)\??:", RegexOptions.Multiline)]
    private static partial Regex Key();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
