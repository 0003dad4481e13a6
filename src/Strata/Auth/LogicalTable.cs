namespace Strata.Auth;

/// <summary>
/// A table as better-auth declares it, by logical key (<c>user</c>, <c>twoFactor</c>) with fields by
/// logical name, before model and field renames are applied.
/// </summary>
/// <param name="Key">The logical name other fields reference.</param>
/// <param name="Fields">Field key → definition, in declaration order.</param>
/// <param name="ModelName">A stored name other than <paramref name="Key"/>, if renamed.</param>
internal sealed record LogicalTable(string Key, IReadOnlyList<KeyValuePair<string, FieldDefinition>> Fields, string? ModelName = null)
{
    /// <summary>The table's <c>indexes</c> list: indexes of their own, beside the fields' <c>index</c>/<c>unique</c>.</summary>
    public IReadOnlyList<DeclaredIndex> Indexes { get; init; } = [];
}
