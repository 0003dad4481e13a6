using Strata.Runner;
using Strata.Sql;

namespace Strata.Tests.Runner;

/// <summary>Where a failure is, from the failed command's place in the batch and the server's error position: no database.</summary>
public class FailureLocationTests
{
    const string Script = "create table t (a int primary key);\ninsert into t values (1);\ninsert into t values (1);\nselect *\n  from nowhere;";
    static readonly IReadOnlyList<SqlStatement> Statements = SqlScript.Split(Script);

    [Fact]
    public void Of_two_statements_with_the_same_text_the_failed_one_is_found_by_its_place()
    {
        // Batch: transaction note, lock_timeout, then the file's statements.
        var at = FailureLocation.Find(Statements, leading: 2, failedIndex: 4, position: 0, linesAreSqlLines: true);
        Assert.NotNull(at);
        Assert.Equal(3, at.Line);
        Assert.Same(Statements[2], at.Statement);
    }

    [Fact]
    public void The_error_position_becomes_the_line_and_column_inside_the_statement()
    {
        var at = FailureLocation.Find(Statements, leading: 0, failedIndex: 3, position: Statements[3].Text.IndexOf("nowhere") + 1, linesAreSqlLines: true);
        Assert.Equal((5, 8), (at!.Line, at.Column));
    }

    [Fact]
    public void Strata_s_own_commands_before_and_after_the_statements_are_no_statement_of_the_file()
    {
        Assert.Null(FailureLocation.Find(Statements, leading: 2, failedIndex: 1, position: 0, linesAreSqlLines: true));
        Assert.Null(FailureLocation.Find(Statements, leading: 2, failedIndex: 2 + Statements.Count, position: 0, linesAreSqlLines: true));
        Assert.Null(FailureLocation.Find(Statements, leading: 0, failedIndex: -1, position: 0, linesAreSqlLines: true));
    }

    [Fact]
    public void In_a_CSharp_migration_the_line_is_that_of_the_pgm_call_whatever_the_position()
    {
        IReadOnlyList<SqlStatement> built = [new("CREATE TABLE \"a\" (\n  \"id\" integer\n)", 0, 7)];
        var at = FailureLocation.Find(built, leading: 1, failedIndex: 1, position: 20, linesAreSqlLines: false);
        Assert.Equal((7, (int?)null), (at!.Line, at.Column));
    }
}
