namespace Strata.Auth;

/// <summary>
/// An index that better-auth names itself: <c>&lt;table&gt;_&lt;column&gt;_idx</c>, or <c>_uidx</c> when unique,
/// shortened with a hash past PostgreSQL's 63 bytes (see <see cref="IndexName"/>).
/// </summary>
/// <param name="Name">The index name in the database.</param>
/// <param name="Columns">The indexed columns, as stored.</param>
/// <param name="Unique">A unique index.</param>
/// <param name="Declared">
/// From the table's <c>indexes</c> list rather than a field's <c>index</c>/<c>unique</c>: created by its own
/// statement even with the table, after every field's index (better-auth's <c>toBeAddedIndexes</c>).
/// </param>
internal sealed record TableIndex(string Name, IReadOnlyList<string> Columns, bool Unique, bool Declared = false);
