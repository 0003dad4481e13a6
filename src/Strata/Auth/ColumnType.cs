namespace Strata.Auth;

/// <summary>
/// A column's type: the logical better-auth type and the PostgreSQL type it is stored as
/// (<c>text</c>, <c>integer</c>, <c>bigint</c>, <c>boolean</c>, <c>timestamptz</c>, <c>jsonb</c>, <c>uuid</c>).
/// </summary>
/// <param name="Field">The logical type better-auth reads and writes.</param>
/// <param name="Sql">The PostgreSQL type, as better-auth's CLI spells it.</param>
internal sealed record ColumnType(FieldType Field, string Sql)
{
    /// <summary>The PostgreSQL type better-auth's CLI gives a field of this logical type (not an id or a foreign key).</summary>
    public static ColumnType For(FieldType field, bool bigint = false) => new(field, field switch
    {
        FieldType.String or FieldType.Enum => "text",
        FieldType.Number => bigint ? "bigint" : "integer",
        FieldType.Boolean => "boolean",
        FieldType.Date => "timestamptz",
        FieldType.Json or FieldType.StringArray or FieldType.NumberArray => "jsonb",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    });
}
