using Strata.Sql;

namespace Strata.Runner;

/// <summary>Where in its file a failed statement is: the statement, and the line and column of the server's error position.</summary>
internal sealed record FailureLocation(SqlStatement Statement, int? Line, int? Column)
{
    /// <summary>
    /// The failed statement found by its place in the batch, not by its text: two statements can read the same.
    /// <paramref name="leading"/> is how many of Strata's own commands (transaction note, lock_timeout) precede the
    /// migration's statements; an index outside them (the guard, the tracking row) is no statement of the file.
    /// <paramref name="position"/> is the server's 1-based character position in the statement, 0 when it gave none;
    /// it refines the line only where the statement's text sits in the file as written (SQL files).
    /// </summary>
    public static FailureLocation? Find(IReadOnlyList<SqlStatement> statements, int leading, int failedIndex, int position, bool linesAreSqlLines)
    {
        int index = failedIndex - leading;
        if (index < 0 || index >= statements.Count) return null;
        var statement = statements[index];
        int? line = statement.Line > 0 ? statement.Line : null, column = null;
        if (linesAreSqlLines && position > 0 && position <= statement.Text.Length + 1)
        {
            var before = statement.Text[..(position - 1)];
            line = statement.Line + before.Count(ch => ch == '\n');
            column = before.Length - before.LastIndexOf('\n');
        }
        return new FailureLocation(statement, line, column);
    }
}
