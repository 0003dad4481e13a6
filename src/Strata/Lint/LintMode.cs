namespace Strata.Lint;

/// <summary><c>"lint"</c> in .migraterc.json: what <c>up</c> and <c>migrate up</c> do with lint's findings before they run.</summary>
internal enum LintMode
{
    /// <summary>Print risky and dangerous statements, then apply (the default).</summary>
    Warn,
    /// <summary>Refuse to run (exit 5) when a pending statement is risky or dangerous.</summary>
    Fail,
    /// <summary>No check.</summary>
    Off,
}
