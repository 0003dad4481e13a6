namespace Strata.Auth;

/// <summary>
/// <c>create schema if not exists</c> for <c>database.schemaName</c>: better-auth's CLI writes it first, and only when
/// it creates a table.
/// </summary>
/// <param name="Name">The schema.</param>
internal sealed record CreateSchema(string Name) : SchemaChange;
