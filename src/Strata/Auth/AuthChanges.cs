namespace Strata.Auth;

/// <summary>The outcome of comparing the desired auth schema with the database.</summary>
/// <param name="Changes">In the order they must run.</param>
/// <param name="UnsafeChanges">
/// One message per required column without a default added to a table that has rows: running the
/// changes would fail on PostgreSQL, so Strata (like better-auth) refuses to migrate.
/// </param>
internal sealed record AuthChanges(IReadOnlyList<SchemaChange> Changes, IReadOnlyList<string> UnsafeChanges)
{
    /// <summary>Columns that exist with another type or nullability than the schema's: reported, never changed.</summary>
    public IReadOnlyList<ColumnDrift> Drift { get; init; } = [];

    /// <summary>
    /// better-auth's own words for <see cref="UnsafeChanges"/>, byte for byte, for the banner of a generated file (which
    /// must equal better-auth's). They speak of MySQL, so they are never what Strata tells a person.
    /// </summary>
    public IReadOnlyList<string> BetterAuthWords { get; init; } = [];
}
