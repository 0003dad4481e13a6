namespace Strata.Auth;

/// <summary>
/// Finds the columns that exist in both the desired schema and the database but differ in type or
/// nullability. Only a report: the diff never retypes or alters a column. Columns of ids and foreign keys
/// are compared by the type they are stored as (text, uuid or integer), not by the field's declared type,
/// so serial ids do not raise the false alarm better-auth's CLI gives for them.
/// </summary>
internal static class SchemaDrift
{
    public static IReadOnlyList<ColumnDrift> Find(SchemaModel desired, ExistingSchema existing)
    {
        var drift = new List<ColumnDrift>();
        foreach (var table in desired.Tables)
        {
            if (existing.Find(table.Name) is not { } current) continue;
            foreach (var column in table.Columns)
            {
                if (current.Find(column.Name) is not { Type: { } actualType, NotNull: { } actualNotNull }) continue;
                var expectedType = PostgresName(column.Type.Sql);
                if (expectedType != actualType || column.NotNull != actualNotNull)
                    drift.Add(new ColumnDrift(table.Name, column.Name, expectedType, actualType, column.NotNull, actualNotNull));
            }
        }
        return drift;
    }

    /// <summary>The model's type as <c>format_type</c> spells it.</summary>
    internal static string PostgresName(string sql) => sql switch
    {
        "timestamptz" => "timestamp with time zone",
        _ => sql,
    };
}
