namespace Strata.Auth;

/// <summary>A column already in the database.</summary>
/// <param name="Name">The stored name.</param>
/// <param name="Type">The type as PostgreSQL's <c>format_type</c> writes it (<c>text</c>, <c>timestamp with time zone</c>), or null if unknown.</param>
/// <param name="NotNull">Whether it is <c>not null</c>, or null if unknown.</param>
internal sealed record ExistingColumn(string Name, string? Type = null, bool? NotNull = null);
