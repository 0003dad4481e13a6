namespace Strata.Auth;

/// <summary>
/// A column that exists but not as the auth schema describes it: another type, or another nullability.
/// Strata reports it and never changes it (better-auth's CLI does not either: it only adds what is missing).
/// </summary>
/// <param name="Table">The stored table name.</param>
/// <param name="Column">The stored column name.</param>
/// <param name="ExpectedType">The type the schema calls for, as PostgreSQL names it.</param>
/// <param name="ActualType">The type in the database.</param>
/// <param name="ExpectedNotNull">Whether the schema calls for <c>not null</c>.</param>
/// <param name="ActualNotNull">Whether the database column is <c>not null</c>.</param>
public sealed record ColumnDrift(string Table, string Column, string ExpectedType, string ActualType, bool ExpectedNotNull, bool ActualNotNull)
{
    /// <summary>The type differs.</summary>
    public bool TypeDiffers => ExpectedType != ActualType;

    /// <summary>The nullability differs.</summary>
    public bool NullabilityDiffers => ExpectedNotNull != ActualNotNull;

    /// <summary>One line for a person: what differs, and that it is left alone.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (TypeDiffers) parts.Add($"is {ActualType} in the database, the auth schema says {ExpectedType}");
        if (NullabilityDiffers) parts.Add(ActualNotNull ? "is not null in the database, the auth schema lets it be null" : "allows null in the database, the auth schema says not null");
        return $"column \"{Table}\".\"{Column}\" {string.Join(", and ", parts)}; Strata leaves it as it is.";
    }
}
