using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Strata.App.CSharp;

/// <summary>
/// A C# migration ready to run, with what the compiler proved about it. The verdict is kept beside the compiled
/// assembly, so a run that loads it from the cache knows it too.
/// </summary>
/// <param name="Migration">An instance of the file's class.</param>
/// <param name="ImpureBecause">Null when the SQL it builds depends only on its text (it may be kept); else the first
/// use that depends on something else (<c>file:line:col: uses Environment.GetEnvironmentVariable</c>).</param>
internal sealed record CompiledMigration(Migration Migration, string? ImpureBecause)
{
    public bool Pure => ImpureBecause is null;

    /// <summary>
    /// A class the app's own build compiled. Nothing proved it pure, so the SQL it builds is never kept; no compiler
    /// is needed to build it again.
    /// </summary>
    public static CompiledMigration Of(MigrationFile file) => new(Create(file, file.Class!), $"{file.Name} is compiled into the app");

    /// <summary>An instance of a migration class, its constructor's failure worded with the file and line.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Migration classes are the app's own or compiled at run time by the JIT build; both keep their constructors.")]
    public static Migration Create(MigrationFile file, Type type)
    {
        try
        {
            return (Migration)Activator.CreateInstance(type)!;
        }
        catch (Exception e) when (e is TargetInvocationException or TypeInitializationException && e.InnerException is not null)
        {
            var line = CSharpMigrationScript.ThrowingLine(e, file.Path) is { } l ? $":{l}" : "";
            var cause = CSharpMigrationScript.Cause(e);
            throw StrataException.Input($"{MigrationDiscovery.Relative(file.Path)}{line}: creating {type.Name} threw {cause.GetType().Name}: {cause.Message}", e.InnerException);
        }
        catch (MissingMethodException)
        {
            throw StrataException.Input($"{MigrationDiscovery.Relative(file.Path)}: {type.Name} needs a public constructor without parameters.");
        }
    }
}
