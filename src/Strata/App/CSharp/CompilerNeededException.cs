namespace Strata.App.CSharp;

/// <summary>
/// C# migrations must be compiled and run, and this process (the NativeAOT build) has no JIT. Nothing
/// has changed in the database when it is thrown; the CLI re-runs the command with its JIT companion.
/// </summary>
internal sealed class CompilerNeededException(IReadOnlyList<string> files) : StrataException(FailureKind.Input,
    $"{Shown(files)} must be compiled, which this NativeAOT build of Strata cannot do; run the JIT build (the `jit/strata` beside this binary, or `dotnet tool install strata`).")
{
    public IReadOnlyList<string> Files { get; } = files;

    static string Shown(IReadOnlyList<string> files) =>
        files.Count <= 3 ? string.Join(", ", files) : $"{files.Count} C# migrations ({string.Join(", ", files.Take(3))}, …)";
}
