namespace Strata.Auth;

/// <summary>The outcome of comparing the desired auth schema with the database.</summary>
/// <param name="Changes">In the order they must run.</param>
/// <param name="UnsafeChanges">
/// One message per required column without a default added to a table that has rows: running the
/// changes would fail on PostgreSQL (and corrupt rows on MySQL), so better-auth refuses to migrate.
/// </param>
internal sealed record AuthChanges(IReadOnlyList<SchemaChange> Changes, IReadOnlyList<string> UnsafeChanges)
{
    /// <summary>Columns that exist with another type or nullability than the schema's: reported, never changed.</summary>
    public IReadOnlyList<ColumnDrift> Drift { get; init; } = [];
}
