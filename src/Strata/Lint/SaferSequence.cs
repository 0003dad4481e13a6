using System.Text.RegularExpressions;

namespace Strata.Lint;

/// <summary>
/// The sequence to use instead of a statement that holds a blocking lock through work, chosen from its SQL text
/// (the one part of lint that is a rule, not an observation: what to write instead is not something PostgreSQL shows).
/// </summary>
internal static partial class SaferSequence
{
    const string NoTransaction = "in a migration of its own that runs outside a transaction (SQL: a line \"-- strata:no-transaction\"; C#: pgm.NoTransaction())";

    [GeneratedRegex(@"^\s*create\s+(unique\s+)?index\s+(?!concurrently)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateIndex();
    [GeneratedRegex(@"\badd\s+(constraint\s+\S+\s+)?(primary\s+key|unique)\b(?![^;]*\busing\s+index)", RegexOptions.IgnoreCase)]
    private static partial Regex AddUnique();
    [GeneratedRegex(@"\badd\s+(constraint\s+\S+\s+)?foreign\s+key\b|\badd\s+(column\s+)?\S+\s+[^,;]*\breferences\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddForeignKey();
    [GeneratedRegex(@"\badd\s+(constraint\s+\S+\s+)?check\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddCheck();
    [GeneratedRegex(@"\bset\s+not\s+null\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetNotNull();
    [GeneratedRegex(@"\balter\s+(column\s+)?\S+\s+(set\s+data\s+)?type\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlterType();
    [GeneratedRegex(@"\badd\s+(column\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex AddColumn();
    [GeneratedRegex(@"^\s*(update|delete)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dml();
    [GeneratedRegex(@"^\s*(cluster|vacuum\s+full)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Repack();
    [GeneratedRegex(@"^\s*alter\s+domain\b.*\badd\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DomainConstraint();

    /// <summary>The advice for this statement given what it did, or null when nothing better exists.</summary>
    public static string? For(string sql, RelationEffect effect)
    {
        if (effect.AddsRequiredColumn)
            return "add the column as nullable (or with a constant default), backfill it in batches, then make it NOT NULL with a CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, SET NOT NULL";
        if (CreateIndex().IsMatch(sql))
            return $"CREATE INDEX CONCURRENTLY {NoTransaction}: it holds SHARE UPDATE EXCLUSIVE, so writes go on (C#: pgm.CreateIndex(…, new IndexOptions {{ Concurrently = true }}))";
        if (AddUnique().IsMatch(sql))
            return $"CREATE UNIQUE INDEX CONCURRENTLY {NoTransaction}, then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX (or PRIMARY KEY USING INDEX): a brief lock instead of a build under it";
        if (AddForeignKey().IsMatch(sql))
            return "ADD CONSTRAINT … FOREIGN KEY … NOT VALID (brief), then ALTER TABLE … VALIDATE CONSTRAINT in a later migration: it scans under SHARE UPDATE EXCLUSIVE, so reads and writes go on";
        if (AddCheck().IsMatch(sql) || DomainConstraint().IsMatch(sql))
            return "ADD CONSTRAINT … CHECK (…) NOT VALID (brief), then VALIDATE CONSTRAINT in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes go on)";
        if (SetNotNull().IsMatch(sql))
            return "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (a later migration); then SET NOT NULL, which PostgreSQL 12+ does without a scan thanks to the valid check; then DROP CONSTRAINT c";
        if (AlterType().IsMatch(sql))
            return "add a column of the new type, backfill it in batches, move reads and writes to it, then drop the old one (a binary-compatible change — varchar(n) to a larger n, varchar to text — needs no rewrite)";
        if (effect.Rewritten && AddColumn().IsMatch(sql))
            return "add the column without the volatile default (or with a constant one: no rewrite since PostgreSQL 11), backfill it in batches, then SET DEFAULT for new rows";
        if (Dml().IsMatch(sql))
            return $"update in batches (e.g. 10,000 rows per transaction) {NoTransaction}, so row locks are short";
        if (Repack().IsMatch(sql))
            return "pg_repack (or pg_squeeze) rebuilds a table without holding ACCESS EXCLUSIVE throughout";
        return null;
    }
}
