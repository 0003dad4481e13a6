namespace Strata.App;

/// <summary>
/// The database as a C# migration may query it while it runs (node-pg-migrate's <c>pgm.db</c>).
/// The runner supplies it; a migration that uses it cannot have its down-migration inferred.
/// </summary>
public interface IMigrationDatabase
{
    /// <summary>Runs a statement inside the migration's transaction.</summary>
    Task QueryAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>Runs a query and returns its rows, column name to value.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SelectAsync(string sql, CancellationToken cancellationToken = default);
}
