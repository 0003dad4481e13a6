using System.Text.RegularExpressions;
using Strata.Sql;

namespace Strata.App;

/// <summary>
/// Statements PostgreSQL refuses inside a transaction block, found before anything runs so the user
/// gets advice instead of "cannot run inside a transaction block" halfway through a deploy.
/// </summary>
public static partial class TransactionRules
{
    [GeneratedRegex(@"^\s*(create\s+(unique\s+)?index\s+concurrently|drop\s+index\s+concurrently|reindex\b.*\bconcurrently|vacuum\b|create\s+database\b|drop\s+database\b|alter\s+system\b|create\s+tablespace\b|drop\s+tablespace\b|create\s+subscription\b|alter\s+subscription\b.*\b(refresh|enable|disable)|drop\s+subscription\b)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NonTransactional();

    [GeneratedRegex(@"^\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\s+transaction)\b\s*(transaction|work)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TransactionControl();

    /// <summary>Throws when a statement cannot run the way the migration will run it.</summary>
    public static void Check(MigrationScript script, string optOutAdvice)
    {
        foreach (var s in script.Statements)
        {
            var text = StripLeadingComments(s.Text);
            var where = $"{MigrationDiscovery.Relative(script.File.Path)}:{s.Line}";
            if (TransactionControl().IsMatch(text))
                throw StrataException.Input($"{where}: \"{FirstLine(text)}\" controls the transaction, which Strata manages itself (one transaction per run or per migration); remove it, or {optOutAdvice}.");
            if (!script.NoTransaction && NonTransactional().IsMatch(text))
                throw StrataException.Input($"{where}: \"{FirstLine(text)}\" cannot run inside a transaction; {optOutAdvice}.");
        }
    }

    /// <summary>True for a statement PostgreSQL refuses inside a transaction block.</summary>
    internal static bool CannotRunInTransaction(string sql) => NonTransactional().IsMatch(StripLeadingComments(sql));

    static string StripLeadingComments(string text)
    {
        while (true)
        {
            var t = text.TrimStart();
            if (t.StartsWith("--", StringComparison.Ordinal))
            {
                int nl = t.IndexOf('\n');
                text = nl < 0 ? "" : t[(nl + 1)..];
            }
            else if (t.StartsWith("/*", StringComparison.Ordinal))
            {
                int close = t.IndexOf("*/", StringComparison.Ordinal);
                text = close < 0 ? "" : t[(close + 2)..];
            }
            else return t;
        }
    }

    static string FirstLine(string s)
    {
        var line = s.Split('\n')[0].Trim();
        return line.Length > 80 ? line[..77] + "..." : line;
    }
}
