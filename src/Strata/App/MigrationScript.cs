using Strata.Sql;

namespace Strata.App;

/// <summary>
/// What one direction of a migration runs: its statements (with their lines in the file) and
/// whether it must run outside a transaction.
/// </summary>
internal sealed record MigrationScript(MigrationFile File, IReadOnlyList<SqlStatement> Statements, bool NoTransaction)
{
    /// <summary>
    /// True for SQL files, where a statement's text sits in the file from its line on, so an error position
    /// inside it maps to a line and column; false for C#, where the line is that of the pgm call.
    /// </summary>
    public bool LinesAreSqlLines { get; init; } = true;
}
