namespace Strata.Auth;

/// <summary>A table already in the database, as far as the diff and the drift check look at it.</summary>
/// <param name="Name">The stored name.</param>
/// <param name="Columns">Its columns, in their order in the table.</param>
/// <param name="HasRows">Whether it holds a row: adding a required column without a default is then unsafe.</param>
/// <param name="IsView">A view (not a table) of that name.</param>
internal sealed record ExistingTable(string Name, IReadOnlyList<ExistingColumn> Columns, bool HasRows = false, bool IsView = false)
{
    /// <summary>A table known only by its column names (types unknown, so no drift is found in it).</summary>
    public static ExistingTable Named(string name, IEnumerable<string> columns, bool hasRows = false) =>
        new(name, columns.Select(c => new ExistingColumn(c)).ToList(), hasRows);

    /// <summary>The column of that exact name, or null.</summary>
    public ExistingColumn? Find(string column) => Columns.FirstOrDefault(c => c.Name == column);
}
