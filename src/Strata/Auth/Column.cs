namespace Strata.Auth;

/// <summary>A column of an auth table, named as stored (<c>"emailVerified"</c>, or the renamed name).</summary>
/// <param name="Name">The column name in the database.</param>
/// <param name="Type">The logical and PostgreSQL type.</param>
/// <param name="NotNull">True unless the field is <c>required: false</c> (better-auth's default is required).</param>
/// <param name="Default">The default better-auth's CLI writes, if any.</param>
/// <param name="Unique">A unique field: inline <c>unique</c> in <c>create table</c>, a <c>_uidx</c> index when added later.</param>
/// <param name="PrimaryKey">Only the <c>id</c> column.</param>
/// <param name="References">The foreign key, if the field has <c>references</c>.</param>
internal sealed record Column(
    string Name,
    ColumnType Type,
    bool NotNull,
    ColumnDefault? Default = null,
    bool Unique = false,
    bool PrimaryKey = false,
    ForeignKey? References = null);
