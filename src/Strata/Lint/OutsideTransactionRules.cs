using System.Text.RegularExpressions;

namespace Strata.Lint;

/// <summary>
/// Effects of statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY, …). Their locks cannot be
/// read from pg_locks before a commit, so they come from PostgreSQL's documentation: the one place lint uses rules for locks.
/// </summary>
internal static partial class OutsideTransactionRules
{
    [GeneratedRegex(@"^\s*(create\s+(unique\s+)?index|drop\s+index|reindex\b.*)\s+concurrently\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Concurrently();

    [GeneratedRegex(@"^\s*vacuum\s*(\(\s*)?full\b", RegexOptions.IgnoreCase)]
    private static partial Regex VacuumFull();

    /// <summary>The lock a statement that must run outside a transaction holds on its table, if known.</summary>
    public static LockMode? LockOf(string sql) =>
        Concurrently().IsMatch(sql) ? LockMode.ShareUpdateExclusive
        : VacuumFull().IsMatch(sql) ? LockMode.AccessExclusive
        : null;
}
