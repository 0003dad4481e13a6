namespace Strata.Auth;

/// <summary>An inline <c>references "table" ("column") on delete …</c>.</summary>
/// <param name="Table">The referenced table, as stored.</param>
/// <param name="Column">The referenced column, as stored.</param>
/// <param name="OnDelete">The action, as PostgreSQL spells it: <c>cascade</c>, <c>set null</c>, <c>restrict</c>, <c>no action</c>, <c>set default</c>.</param>
internal sealed record ForeignKey(string Table, string Column, string OnDelete);
