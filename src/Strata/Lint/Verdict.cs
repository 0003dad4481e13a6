namespace Strata.Lint;

/// <summary>How a statement would treat production traffic on the target database.</summary>
internal enum Verdict
{
    /// <summary>No blocking lock held through work that grows with the table, or the table is empty or small.</summary>
    Safe,
    /// <summary>A blocking lock held while the table is scanned, rewritten or indexed, on a table big enough to notice.</summary>
    Risky,
    /// <summary>Long enough under the lock to take the application down, or the statement fails on the target's rows.</summary>
    Dangerous,
}
