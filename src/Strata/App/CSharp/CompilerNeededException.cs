namespace Strata.App.CSharp;

/// <summary>
/// C# migrations must be compiled and run, and this process (the NativeAOT build) has no JIT. Nothing
/// has changed in the database when it is thrown; the CLI re-runs the command with its JIT companion.
/// </summary>
internal sealed class CompilerNeededException(IReadOnlyList<string> files) : StrataException(FailureKind.Input,
    $"{Shown(files)} must be compiled, which this NativeAOT build of Strata cannot do; run the JIT build (the `jit/strata` beside this binary; `dotnet tool install --global Strata.Cli` installs both).")
{
    public IReadOnlyList<string> Files { get; } = files;

    /// <summary>The full paths of the C# migration files to compile; empty when what needs the compiler is not a migration to run.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Where the compiled assemblies of <see cref="Paths"/> are kept (<see cref="CacheDirectory"/>).</summary>
    public string CacheFolder { get; init; } = "";

    static string Shown(IReadOnlyList<string> files) =>
        files.Count <= 3 ? string.Join(", ", files) : $"{files.Count} C# migrations ({string.Join(", ", files.Take(3))}, …)";
}
