using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Strata.App;

/// <summary>
/// The migrations an app compiled into itself: every concrete <see cref="Migration"/> class of the assembly (named by
/// <see cref="MigrationAttribute"/>, or by a class name <c>_&lt;number&gt;_&lt;name&gt;</c>), and every embedded
/// resource ending in <c>.sql</c> (named by its file name, the part of the manifest name from the number on).
/// No compiler runs: the app's own build made these.
/// </summary>
internal static class AssemblyMigrations
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The app's migrations are its own types; an app that trims itself roots its migrations assembly (TrimmerRootAssembly).")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: the migration types are kept whole.")]
    public static IEnumerable<MigrationFile> Of(Assembly assembly)
    {
        var where = assembly.GetName().Name;
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(Migration).IsAssignableFrom(type)) continue;
            var attribute = type.GetCustomAttribute<MigrationAttribute>();
            var name = attribute?.Name ?? (type.Name is ['_', .. var rest] && MigrationDiscovery.PrefixOf(rest) is not null ? rest : null)
                ?? throw StrataException.Input($"{type.FullName} in {where}: a migration compiled into the app needs its name: [Migration] (the source file's name) or [Migration(\"1700000000000_create-users\")], or a class name like _1700000000000_create_users.");
            var prefix = MigrationDiscovery.PrefixOf(name)
                ?? throw StrataException.Input($"{type.FullName} in {where}: its migration name {name} must start with a number (its timestamp), as node-pg-migrate's file names do.");
            var path = attribute is { SourceFile.Length: > 0 } ? attribute.SourceFile : $"{type.FullName} in {where}";
            yield return new MigrationFile(name, path, MigrationLanguage.CSharp, prefix) { Class = type };
        }
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)) continue;
            var name = NameOf(resource[..^4]);
            if (name is null || MigrationDiscovery.PrefixOf(name) is not { } prefix) continue;
            yield return new MigrationFile(name, $"{where}/{name}.sql", MigrationLanguage.Sql, prefix) { Resource = new EmbeddedSql(assembly, resource) };
        }
    }

    /// <summary>
    /// The migration's name inside a manifest resource name (<c>App.db.1700000000000_create-users</c>): from the last dot
    /// that a digit follows. Folder segments never start with a digit there (the compiler prefixes them with <c>_</c>).
    /// </summary>
    static string? NameOf(string manifestName)
    {
        for (int i = manifestName.Length - 2; i >= 0; i--)
            if (manifestName[i] == '.' && char.IsAsciiDigit(manifestName[i + 1])) return manifestName[(i + 1)..];
        return char.IsAsciiDigit(manifestName[0]) ? manifestName : null;
    }
}

/// <summary>A SQL migration embedded in an assembly.</summary>
internal sealed record EmbeddedSql(Assembly Assembly, string ResourceName)
{
    public string Read()
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
