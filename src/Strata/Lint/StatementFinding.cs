namespace Strata.Lint;

/// <summary>One statement of a pending migration, what it does to existing relations, and the verdict.</summary>
/// <param name="Track"><c>app</c> or <c>auth</c>.</param>
/// <param name="Migration">The migration's name (the auth track's is <c>better-auth</c>).</param>
/// <param name="File">The file (relative), or the config file for the auth track.</param>
/// <param name="Line">The statement's line (C#: the line of the pgm call), or null.</param>
/// <param name="Column">The statement's column in a SQL file, or null.</param>
/// <param name="Sql">The statement.</param>
/// <param name="Effects">One per relation it locked or worked on.</param>
/// <param name="Verdict">The worst of the effects' verdicts (or Dangerous when the statement fails).</param>
/// <param name="Instead">The safer sequence, when the verdict is not safe.</param>
/// <param name="Failure">PostgreSQL's error when the statement failed on the scratch database.</param>
internal sealed record StatementFinding(
    string Track,
    string Migration,
    string File,
    int? Line,
    int? Column,
    string Sql,
    IReadOnlyList<WeighedEffect> Effects,
    Verdict Verdict,
    string? Instead,
    string? Failure = null)
{
    /// <summary><c>file:line:col</c>, <c>file:line</c> or the file alone.</summary>
    public string Location => Line is { } l ? (Column is { } c ? $"{File}:{l}:{c}" : $"{File}:{l}") : File;
}
