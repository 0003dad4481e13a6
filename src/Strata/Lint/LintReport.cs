namespace Strata.Lint;

/// <summary>What <c>strata lint</c> found: every statement of every pending migration of both tracks.</summary>
/// <param name="Statements">The statements, in the order they would run.</param>
/// <param name="PendingMigrations">How many migrations are pending (the auth track's script counts as one).</param>
/// <param name="TargetVersion">The target's server_version_num.</param>
/// <param name="ScratchVersion">The scratch server's, or null when nothing was observed.</param>
/// <param name="Notes">What the reader should know about how the answers were obtained (a version mismatch, a skipped check).</param>
/// <param name="Elapsed">How long lint took.</param>
internal sealed record LintReport(IReadOnlyList<StatementFinding> Statements, int PendingMigrations, int TargetVersion, int? ScratchVersion, IReadOnlyList<string> Notes, TimeSpan Elapsed)
{
    /// <summary>The exit code of <c>strata lint</c> (and of <c>up</c> with <c>"lint": "fail"</c>) when something is risky or dangerous.</summary>
    public const int FlaggedExitCode = 5;

    public Verdict Worst => Statements.Select(s => s.Verdict).DefaultIfEmpty(Verdict.Safe).Max();

    public bool Flagged => Worst != Verdict.Safe;

    public int ExitCode => Flagged ? FlaggedExitCode : 0;

    public int Count(Verdict v) => Statements.Count(s => s.Verdict == v);

    /// <summary>A server_version_num as people write it: 150018 is 15.18.</summary>
    public static string VersionText(int num) => num >= 100000 ? $"{num / 10000}.{num % 10000}" : $"{num / 10000}.{num / 100 % 100}.{num % 100}";
}
