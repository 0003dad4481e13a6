using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Strata.App.CSharp;

/// <summary>Compiles C# migration files: what the Strata.CSharp package (Roslyn) implements.</summary>
internal interface IMigrationCompiler
{
    /// <summary>Compiles each file from the text given with it (the text its checksum was made from), never a second read of the file.</summary>
    IReadOnlyDictionary<MigrationFile, CompiledMigration> Load(IReadOnlyList<(MigrationFile File, string Text)> sources);
}

/// <summary>
/// The way to the compiler, which the engine does not carry: Strata.CSharp's, found by name when the app (or the CLI's
/// JIT build) has it. A NativeAOT process has no JIT to run what it would compile: there <see cref="RuntimeFeature.IsDynamicCodeSupported"/>
/// is constant false, the trimmer drops the branch (and Roslyn with it), and the CLI hands the command to its JIT companion.
/// </summary>
internal static class CSharpCompiler
{
    const string Implementation = "Strata.App.CSharp.MigrationCompiler, Strata.CSharp";

    public static IReadOnlyDictionary<MigrationFile, CompiledMigration> Load(IReadOnlyList<(MigrationFile File, string Text)> sources, CacheDirectory cache)
    {
        var files = sources.Select(s => s.File).ToList();
        var names = files.Select(f => MigrationDiscovery.Relative(f.Path)).ToList();
        if (!RuntimeFeature.IsDynamicCodeSupported) throw new CompilerNeededException(names) { CacheFolder = cache.Path, Paths = [.. files.Select(f => f.Path)] };
        return Create(cache, names).Load(sources);
    }

    /// <summary>
    /// The files the NativeAOT binary handed a command over for (<see cref="CompilerNeededException.Paths"/>), one per line,
    /// after the line naming their cache folder: the JIT build starts compiling them as it starts (<see cref="BeginEarly"/>).
    /// </summary>
    public const string EarlyVariable = "STRATA_COMPILE_EARLY";

    /// <summary>
    /// Starts compiling the files <paramref name="list"/> names (<see cref="EarlyVariable"/>) in the background, when this
    /// process can compile; <see cref="Load"/> then takes the result if it asks for the same files with the same text.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2057", Justification = "Reached only with dynamic code, never in a trimmed or NativeAOT build.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    public static void BeginEarly(string? list)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || string.IsNullOrEmpty(list)) return;
        var lines = list.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2) return;
        IReadOnlyList<string> paths = lines[1..];
        Type.GetType(Implementation, throwOnError: false)?.GetMethod("BeginEarly", BindingFlags.Static | BindingFlags.Public)?.Invoke(null, [lines[0], paths]);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2057", Justification = "Reached only with dynamic code, never in a trimmed or NativeAOT build.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "As above.")]
    static IMigrationCompiler Create(CacheDirectory cache, List<string> names)
    {
        var type = Type.GetType(Implementation, throwOnError: false) ?? throw StrataException.Input(
            $"{(names.Count == 1 ? names[0] + " is a C# migration file" : $"{string.Join(", ", names.Take(3))}{(names.Count > 3 ? ", …" : "")} are C# migration files")}, " +
            "which this app cannot compile: add the Strata.CSharp package (dotnet add package Strata.CSharp), or compile the migrations into the app " +
            "([Migration] classes and ProjectOptions.MigrationsAssembly, README: \"In a .NET app\"), or run them with the strata tool (dotnet tool install --global Strata.Cli).");
        return (IMigrationCompiler)Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [cache], null)!;
    }
}
