using Strata.Sql;

namespace Strata.App;

/// <summary>
/// What one direction of a migration runs: its statements (with their lines in the file) and
/// whether it must run outside a transaction.
/// </summary>
public sealed record MigrationScript(MigrationFile File, IReadOnlyList<SqlStatement> Statements, bool NoTransaction);
