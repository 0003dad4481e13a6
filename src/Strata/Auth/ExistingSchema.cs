namespace Strata.Auth;

/// <summary>
/// What the database already has in the target schema: the tables, their columns with types and
/// nullability, and whether a table holds rows (read by <see cref="SchemaInspector"/>).
/// </summary>
/// <param name="Tables">The tables of the schema better-auth migrates (<c>database.schemaName</c>, else <c>current_schema()</c>).</param>
internal sealed record ExistingSchema(IReadOnlyList<ExistingTable> Tables)
{
    /// <summary>The indexes on the schema's tables (views and partitioned tables aside, as better-auth reads them).</summary>
    public IReadOnlyList<ExistingIndex> Indexes { get; init; } = [];

    /// <summary>A database with none of the auth tables.</summary>
    public static ExistingSchema Empty { get; } = new([]);

    /// <summary>The table of that exact name, or null.</summary>
    public ExistingTable? Find(string table) => Tables.FirstOrDefault(t => t.Name == table);

    /// <summary>The index of that name, compared as better-auth does (case-insensitively), on any table of the schema; or null.</summary>
    public ExistingIndex? FindIndex(string name) => Indexes.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}
