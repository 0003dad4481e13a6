using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Strata.Hosting;

namespace Strata.Tests;

/// <summary>
/// The public API is what users compile against, so changing it is a deliberate act: the listing of every
/// public type and member of Strata.Core and Strata.Hosting must equal the approved one (DbUp's NoPublicApiChanges).
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly[] Assemblies = [typeof(StrataMigrator).Assembly, typeof(StrataHostingExtensions).Assembly];

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var approvedPath = Path.Combine(SourceDirectory(), "PublicApi.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), "PublicApi.received.txt");
        var received = PublicApi.Listing(Assemblies);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API changed:\n{PublicApi.Diff(approved, received)}\n" +
            $"If the change is intended, approve it: cp {receivedPath} {approvedPath}");
    }

    [Fact]
    public void The_public_surface_is_small()
    {
        // What a user needs: the migration base class, the builder and what its signatures mention, pgm.Db,
        // the migrator with its options, results and events, the exception, and the host extension.
        Assert.InRange(PublicApi.TopLevelTypes(Assemblies).Count(), 1, 60);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>The listing of an assembly's public API: one line per type and per member, sorted.</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> TopLevelTypes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested);

    public static string Listing(IEnumerable<Assembly> assemblies)
    {
        var text = new StringBuilder();
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
                text.Append("    ").Append(member).Append('\n');
        }
        return text.ToString();
    }

    public static string Diff(string approved, string received)
    {
        var before = approved.Split('\n');
        var after = received.Split('\n');
        var removed = before.Except(after).Select(l => "- " + l);
        var added = after.Except(before).Select(l => "+ " + l);
        return string.Join("\n", removed.Concat(added));
    }

    private static string TypeLine(Type t)
    {
        var kind = t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct"
            : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
            : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {t.FullName}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type t)
    {
        if (t.IsEnum)
        {
            foreach (var name in Enum.GetNames(t)) yield return name;
            yield break;
        }
        foreach (var m in t.GetMembers(Declared))
        {
            switch (m)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"{Access(c)}ctor({Parameters(c)})";
                    break;
                case MethodInfo mi when Visible(mi) && !mi.IsSpecialName:
                    yield return $"{Access(mi)}{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi)})";
                    break;
                case MethodInfo op when Visible(op) && op.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{Access(op)}static {Name(op.ReturnType)} {op.Name}({Parameters(op)})";
                    break;
                case PropertyInfo p when new[] { p.GetMethod, p.SetMethod }.Any(a => a is not null && Visible(a)):
                    var get = p.GetMethod is { } g && Visible(g) ? "get; " : "";
                    var set = p.SetMethod is { } s && Visible(s)
                        ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit") ? "init; " : "set; ") : "";
                    var index = p.GetIndexParameters() is { Length: > 0 } ip ? $"[{string.Join(", ", ip.Select(x => $"{Name(x.ParameterType)} {x.Name}"))}]" : "";
                    yield return $"{Access(p.GetMethod ?? p.SetMethod!)}{Name(p.PropertyType)} {p.Name}{index} {{ {get}{set}}}";
                    break;
                case FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName:
                    yield return $"{(f.IsPublic ? "" : "protected ")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"{Access(add)}event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
                case Type nested when nested.IsNestedPublic || nested.IsNestedFamily:
                    yield return $"nested {nested.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? "" : "protected ";

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : "")}"));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };

    private static string Name(Type t)
    {
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (t.IsGenericParameter) return t.Name;
        if (Nullable.GetUnderlyingType(t) is { } inner) return Name(inner) + "?";
        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : t.Namespace is { } ns ? ns + "." + t.Name : t.Name;
        if (!t.IsGenericType) return name;
        return name[..name.IndexOf('`')] + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
    }
}
