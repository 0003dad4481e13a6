namespace Strata.Auth;

/// <summary>A missing table, created whole: unique columns inline, static defaults left out.</summary>
/// <param name="Table">The table.</param>
internal sealed record CreateTable(Table Table) : SchemaChange;
