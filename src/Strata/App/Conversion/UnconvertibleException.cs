namespace Strata.App.Conversion;

/// <summary>A construct of a node-pg-migrate file that <c>migrate convert</c> cannot translate faithfully, at its 1-based line and column.</summary>
internal sealed class UnconvertibleException(string file, int line, int column, string construct)
    : StrataException(FailureKind.Input, $"{file}:{line}:{column}: cannot convert {construct}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>What was found, without the position.</summary>
    public string Construct { get; } = construct;
}
