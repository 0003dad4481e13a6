namespace Strata.Auth;

/// <summary>An index better-auth names itself, created after every table and column exists.</summary>
/// <param name="Table">The stored table name.</param>
/// <param name="Index">The index.</param>
internal sealed record CreateIndex(string Table, TableIndex Index) : SchemaChange;
