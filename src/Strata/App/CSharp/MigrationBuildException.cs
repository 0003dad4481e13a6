namespace Strata.App.CSharp;

/// <summary>
/// Building a C# migration failed: its code threw (bad input, exit 2 before anything ran) or a pgm.Db query failed
/// (a database failure, exit 1). Carries where and why apart, so a run that stops there reports it like a failed statement.
/// </summary>
internal sealed class MigrationBuildException(FailureKind kind, string file, int? line, string reason, string? sqlState, Exception inner)
    : StrataException(kind, $"{file}{(line is { } l ? $":{l}" : "")}: {reason}", inner)
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
    public string? SqlState { get; } = sqlState;
}
