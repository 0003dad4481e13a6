namespace Strata.Auth;

/// <summary>
/// The auth schema as tables, columns, indexes and foreign keys, named as stored. One type for both
/// sides of a comparison: the schema better-auth's options call for, and (later) the one introspected
/// from the database.
/// </summary>
/// <param name="Tables">In better-auth's order: user, session, account, verification, then plugin tables in plugin order.</param>
internal sealed record SchemaModel(IReadOnlyList<Table> Tables)
{
    /// <summary>
    /// <c>database.schemaName</c>: the PostgreSQL schema the tables live in, qualifying every statement; null for the
    /// connection's <c>current_schema()</c>.
    /// </summary>
    public string? SchemaName { get; init; }

    /// <summary>The schema better-auth's CLI would create for these options on an empty database.</summary>
    /// <exception cref="StrataException">An unknown plugin or onDelete action (<see cref="FailureKind.Input"/>).</exception>
    public static SchemaModel From(AuthOptions options) => SchemaBuilder.Build(options);

    /// <summary>The table of that exact name (PostgreSQL names are case-sensitive once quoted), or null.</summary>
    public Table? Find(string table) => Tables.FirstOrDefault(t => t.Name == table);
}
