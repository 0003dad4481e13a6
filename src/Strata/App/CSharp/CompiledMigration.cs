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
}
