using System.Text;
using System.Text.RegularExpressions;
using Strata.Sql;

namespace Strata.App;

/// <summary>
/// Statements that cannot run the way the migration will run them, found before anything runs: those PostgreSQL
/// refuses inside a transaction block (advice instead of "cannot run inside a transaction block" halfway through a
/// deploy), and those that end or split Strata's own transaction (a COMMIT would commit part of the run and let the
/// rest run outside any transaction; a ROLLBACK AND CHAIN would silently undo the migrations before it).
/// Statements are read as the server's lexer reads them: by their leading keywords, with comments anywhere between
/// them, and every statement of a text that holds several (a <c>pgm.Sql</c> call may).
/// </summary>
internal static partial class TransactionRules
{
    [GeneratedRegex(@"^(create (unique )?index concurrently|drop index concurrently|reindex\b.*\bconcurrently|vacuum\b|create database\b|drop database\b|alter system\b|create tablespace\b|drop tablespace\b|create subscription\b|alter subscription\b.*\b(refresh|enable|disable)|drop subscription\b)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NonTransactional();

    // BEGIN/START TRANSACTION; COMMIT, END, ROLLBACK, ABORT with any tail (AND [NO] CHAIN, PREPARED 'id', TO SAVEPOINT);
    // SAVEPOINT and RELEASE (a ROLLBACK TO a savepoint set by an earlier migration would undo part of it and its
    // tracking row); PREPARE TRANSACTION. PREPARE name AS … (a prepared statement) is harmless and allowed.
    [GeneratedRegex(@"^(begin|start transaction|commit|end|rollback|abort|savepoint|release|prepare transaction)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TransactionControl();

    /// <summary>Throws when a statement cannot run the way the migration will run it.</summary>
    public static void Check(MigrationScript script, string optOutAdvice)
    {
        foreach (var s in script.Statements)
        foreach (var part in SqlScript.Split(s.Text))
        {
            var keywords = LeadingKeywords(part.Text);
            int line = s.Line == 0 ? 0 : script.LinesAreSqlLines ? s.Line + part.Line - 1 : s.Line;
            var where = MigrationDiscovery.Relative(script.File.Path) + (line > 0 ? $":{line}" : "");
            if (TransactionControl().IsMatch(keywords))
                throw StrataException.Input($"{where}: \"{FirstLine(part.Text)}\" ends or controls the transaction, which Strata manages itself (one transaction per run or per migration, committed only when every statement in it succeeded); remove it, or split the migration in two.");
            if (!script.NoTransaction && NonTransactional().IsMatch(keywords))
                throw StrataException.Input($"{where}: \"{FirstLine(part.Text)}\" cannot run inside a transaction; {optOutAdvice}.");
        }
    }

    /// <summary>True for a statement PostgreSQL refuses inside a transaction block.</summary>
    internal static bool CannotRunInTransaction(string sql) => NonTransactional().IsMatch(LeadingKeywords(sql));

    /// <summary>
    /// The first words of a statement, lower-cased and separated by one space, skipping comments, punctuation and
    /// quoted text: <c>COMMIT /* done */ AND -- x\n CHAIN</c> reads as <c>commit and chain</c>.
    /// </summary>
    internal static string LeadingKeywords(string text, int max = 8)
    {
        var words = new StringBuilder();
        int i = 0, count = 0;
        while (count < max)
        {
            i = SqlScript.SkipBlank(text, i);
            if (i >= text.Length) break;
            char c = text[i];
            if (char.IsLetter(c) || c == '_')
            {
                int end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$')) end++;
                if (words.Length > 0) words.Append(' ');
                words.Append(text.AsSpan(i, end - i));
                count++;
                i = end;
            }
            else if (c is '\'' or '"')
            {
                int close = text.IndexOf(c, i + 1);
                i = close < 0 ? text.Length : close + 1;
            }
            else i++;
        }
        return words.ToString().ToLowerInvariant();
    }

    static string FirstLine(string s)
    {
        var line = s.Split('\n')[0].Trim();
        return line.Length > 80 ? line[..77] + "..." : line;
    }
}
