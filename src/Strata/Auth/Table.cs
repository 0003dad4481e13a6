namespace Strata.Auth;

/// <summary>An auth table: its columns in better-auth's order (id first) and the indexes better-auth gives it.</summary>
/// <param name="Name">The table name in the database (the <c>modelName</c>).</param>
/// <param name="Columns">The columns, <c>id</c> first, then core, plugin and additional fields.</param>
/// <param name="Indexes">
/// One index per field marked <c>index</c> or <c>unique</c>. In <c>create table</c> better-auth writes only the
/// non-unique ones (a unique column is enforced inline); when it adds a column later it writes either kind.
/// Plus the table's declared indexes (<see cref="TableIndex.Declared"/>).
/// </param>
internal sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<TableIndex> Indexes)
{
    /// <summary>The column of that exact name, or null.</summary>
    public Column? Find(string column) => Columns.FirstOrDefault(c => c.Name == column);

    /// <summary>The index on exactly this one column, if the field has one.</summary>
    public TableIndex? IndexOn(string column) => Indexes.FirstOrDefault(i => !i.Declared && i.Columns.Count == 1 && i.Columns[0] == column);
}
