using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Strata.Sql.Operations;

namespace Strata.App.Conversion;

/// <summary>
/// node-pg-migrate's <c>pgm</c> methods and their C# twins on <see cref="MigrationBuilder"/>. The rule is
/// mechanical, so the table is the builder itself: <c>pgm.createIndex</c> is <c>CreateIndex</c>, the
/// arguments keep their places, a trailing options object becomes the named parameters of the C# method
/// (<c>{ ifExists: true }</c> → <c>ifExists: true</c>) or the init properties of its options record, and
/// nested objects (a column, a foreign key) become records with init properties. <see cref="Renamed"/>
/// holds the exceptions; a test checks every JavaScript name against node-pg-migrate's own list.
/// </summary>
internal static class PgmCalls
{
    /// <summary>node-pg-migrate methods whose C# name is not their JavaScript name in PascalCase.</summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>();

    /// <summary>
    /// Option keys whose C# twin is not the key itself (compared without case: <c>minvalue</c> is <c>MinValue</c>):
    /// (C# type or method, JavaScript key, the JavaScript value's shape: <c>array</c>, <c>arrays</c> (an array holding
    /// arrays), <c>number</c>, <c>null</c>, <c>false</c> or <c>*</c>) → the C# member, a whole assignment for a <c>null</c>
    /// that means "drop", <c>!</c> for an option without a faithful C# twin, <c>-key</c> for an option node-pg-migrate
    /// ignores when the object has <c>key</c>, or <c>^</c> for an object whose keys belong to the enclosing one.
    /// </summary>
    public static readonly IReadOnlyList<(string Where, string Key, string When, string CSharp)> Keys =
    [
        ("ConstraintOptions", "check", "array", "Checks"),
        ("ConstraintOptions", "unique", "arrays", "Uniques"),
        ("AddConstraint", "unique", "arrays", "uniques"),
        ("CreateConstraint", "unique", "arrays", "uniques"),
        // node-pg-migrate ignores these for createTable's inferred DROP; Strata's would use them, so no faithful twin.
        ("CreateTable", "ifExists", "*", "!"),
        ("CreateTable", "cascade", "*", "!"),
        ("AddConstraint", "check", "array", "checks"),
        ("CreateConstraint", "check", "array", "checks"),
        ("AlterSequenceOptions", "restart", "number", "RestartWith"),
        ("AlterSequence", "restart", "number", "restartWith"),
        ("Column", "array", "number", "ArraySize"),
        ("AlterColumnOptions", "sequenceGenerated", "null", "DropIdentity = true"),
        ("AlterColumnOptions", "expressionGenerated", "null", "DropExpression = true"),
        ("AlterColumn", "sequenceGenerated", "null", "dropIdentity: true"),
        ("AlterColumn", "expressionGenerated", "null", "dropExpression: true"),
        ("AlterSequenceOptions", "owner", "null", "NoOwner = true"),
        ("AlterSequence", "owner", "null", "noOwner: true"),
        ("AlterMaterializedView", "cluster", "null", "withoutCluster: true"),
        // node-pg-migrate: `minvalue === null || minvalue === false` is NO MINVALUE (and so for maxvalue).
        ("CreateSequence", "minvalue", "null", "noMinValue: true"),
        ("CreateSequence", "minvalue", "false", "noMinValue: true"),
        ("CreateSequence", "maxvalue", "null", "noMaxValue: true"),
        ("CreateSequence", "maxvalue", "false", "noMaxValue: true"),
        ("AlterSequence", "minvalue", "null", "noMinValue: true"),
        ("AlterSequence", "minvalue", "false", "noMinValue: true"),
        ("AlterSequence", "maxvalue", "null", "noMaxValue: true"),
        ("AlterSequence", "maxvalue", "false", "noMaxValue: true"),
        // The cast's function is a name, like every other name parameter of the builder.
        ("CreateCast", "functionName", "*", "function"),
        // node-pg-migrate: `"schema" in options` means ALL TABLES IN SCHEMA, whatever `tables` holds.
        ("GrantOnTables", "schema", "*", "allTablesInSchema"),
        ("RevokeOnTables", "schema", "*", "allTablesInSchema"),
        ("GrantOnTables", "tables", "*", "-schema"),
        ("RevokeOnTables", "tables", "*", "-schema"),
        // like: { table, options: { including, excluding } }: the inner keys are Like's own.
        ("Like", "options", "*", "^"),
    ];

    /// <summary>The <see cref="Keys"/> entry for a key in a place, given the JavaScript value's shape.</summary>
    public static string? Key(string where, string key, string shape) =>
        Keys.FirstOrDefault(k => k.Where == where && k.Key == key && (k.When == shape || k.When == "*" || k.When == "array" && shape == "arrays")).CSharp;

    /// <summary>Methods of <c>pgm</c> that are not operations (written by the converter itself).</summary>
    public static readonly string[] Special = ["func", "db", "noTransaction", "sql"];

    public static string CSharpName(string js) => Renamed.TryGetValue(js, out var n) ? n : char.ToUpperInvariant(js[0]) + js[1..];

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "migrate convert runs in the JIT build only (it compiles what it writes with Roslyn).")]
    public static IReadOnlyList<MethodInfo> Overloads(string js)
    {
        var name = CSharpName(js);
        return [.. typeof(MigrationBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == name && m.ReturnType == typeof(MigrationBuilder))
            .OrderBy(m => m.GetParameters().Length)];
    }

    /// <summary>A C# property name for a JavaScript key (found without case).</summary>
    public static string Property(string key) => char.ToUpperInvariant(key[0]) + key[1..];

    /// <summary>Types whose values a JavaScript object literal describes (so an object is not a bag of named arguments).</summary>
    public static bool TakesObject(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t == typeof(Columns) || t == typeof(SqlName) || ElementOf(t) is { } e && (TakesObject(e) || PairValue(e) is not null) || DictionaryValue(t) is not null
               || t.IsClass && t != typeof(string) && t != typeof(SqlValue) && t.Namespace == typeof(Column).Namespace;
    }

    /// <summary>T for <c>IReadOnlyList&lt;T&gt;</c>, <c>T[]</c>; null otherwise.</summary>
    public static Type? ElementOf(Type t)
    {
        if (t.IsArray) return t.GetElementType();
        if (t == typeof(SqlNames)) return typeof(SqlName);
        return t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(IReadOnlyList<>) || g == typeof(IEnumerable<>) || g == typeof(List<>))
            ? t.GetGenericArguments()[0] : null;
    }

    /// <summary>V for <c>IReadOnlyDictionary&lt;string, V&gt;</c>; null otherwise.</summary>
    public static Type? DictionaryValue(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && t.GetGenericArguments()[0] == typeof(string) ? t.GetGenericArguments()[1] : null;

    /// <summary>True for <c>KeyValuePair&lt;string, V&gt;</c>.</summary>
    public static Type? PairValue(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && t.GetGenericArguments()[0] == typeof(string) ? t.GetGenericArguments()[1] : null;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "migrate convert runs in the JIT build only.")]
    public static PropertyInfo? Settable(Type t, string name) =>
        t.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true } p ? p : null;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "migrate convert runs in the JIT build only.")]
    public static ConstructorInfo[] Constructors(Type t) => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>True when a migration's class of this name would hide a type its code may use.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "migrate convert runs in the JIT build only.")]
    public static bool IsTypeName(string name) =>
        typeof(Column).Assembly.GetType("Strata.Sql.Operations." + name) is not null || typeof(Column).Assembly.GetType("Strata.App." + name) is not null;

    /// <summary>The C# name of a type, as a person writes it.</summary>
    public static string TypeName(Type t) => t.Name;
}
