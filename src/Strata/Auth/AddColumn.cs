namespace Strata.Auth;

/// <summary>A missing column of an existing table: static defaults written, uniqueness left to an index.</summary>
/// <param name="Table">The stored table name.</param>
/// <param name="Column">The column.</param>
internal sealed record AddColumn(string Table, Column Column) : SchemaChange;
