namespace Strata.Auth;

/// <summary>An index already on a table of the target schema, as far as better-auth's CLI compares one with a declared index.</summary>
/// <param name="Table">The table it is on.</param>
/// <param name="Name">Its name.</param>
/// <param name="Columns">Its key columns in order (an expression column has no name and is left out).</param>
/// <param name="Unique">A unique index.</param>
/// <param name="Plain">Valid, not partial, and every key column a whole column: only such an index can match a declared one.</param>
internal sealed record ExistingIndex(string Table, string Name, IReadOnlyList<string> Columns, bool Unique, bool Plain = true)
{
    /// <summary>better-auth's <c>databaseIndexMatches</c>: the same uniqueness and the same columns in the same order.</summary>
    public bool Matches(TableIndex declared) => Plain && Unique == declared.Unique && Columns.SequenceEqual(declared.Columns);
}
