namespace Strata.Auth;

/// <summary>
/// The changes that bring a database up to the desired auth schema, as better-auth's <c>getMigrations</c>
/// finds them: only missing tables and missing columns, never a drop, rename or type change. The order is
/// better-auth's: every added column (table by table), then every created table, then the indexes of the
/// added columns, then those of the created tables, then the tables' declared indexes that the database lacks —
/// indexes last, so all their columns exist. A declared index is looked for by name in the whole schema, on a
/// table that exists as on one being created, as the CLI does (so one missing from an older table is added).
/// </summary>
internal static class SchemaDiff
{
    public static AuthChanges Compare(SchemaModel desired, ExistingSchema existing)
    {
        var added = new List<SchemaChange>();
        var created = new List<SchemaChange>();
        var addedIndexes = new List<SchemaChange>();
        var createdIndexes = new List<SchemaChange>();
        var declaredIndexes = new List<SchemaChange>();
        var unsafeChanges = new List<string>();
        var betterAuthWords = new List<string>();
        foreach (var table in desired.Tables)
        {
            var current = existing.Find(table.Name);
            if (current is { IsView: true })
                throw StrataException.Input($"A view named \"{table.Name}\" is in the way: better-auth needs a table of that name. Rename or drop the view (or rename the model with modelName), then run again.");
            declaredIndexes.AddRange(table.Indexes.Where(i => i.Declared && IsMissing(i, table.Name, existing)).Select(i => new CreateIndex(table.Name, i)));
            if (current is null)
            {
                created.Add(new CreateTable(table));
                // A unique column is enforced inline by create table; only plain indexes follow.
                createdIndexes.AddRange(table.Indexes.Where(i => !i.Unique && !i.Declared).Select(i => new CreateIndex(table.Name, i)));
                continue;
            }
            foreach (var column in table.Columns)
            {
                if (column.PrimaryKey || current.Find(column.Name) is not null) continue;
                added.Add(new AddColumn(table.Name, column));
                if (table.IndexOn(column.Name) is { } index) addedIndexes.Add(new CreateIndex(table.Name, index));
                if (column.NotNull && column.Default is null && current.HasRows)
                {
                    unsafeChanges.Add(Refusal(table.Name, column));
                    betterAuthWords.Add(UnsafeMessage(table.Name, column));
                }
            }
        }
        // better-auth's CLI creates database.schemaName first, and only when it creates a table.
        List<SchemaChange> schema = desired.SchemaName is { } name && created.Count > 0 ? [new CreateSchema(name)] : [];
        return new AuthChanges([.. schema, .. added, .. created, .. addedIndexes, .. createdIndexes, .. declaredIndexes], unsafeChanges)
        {
            Drift = SchemaDrift.Find(desired, existing),
            BetterAuthWords = betterAuthWords,
        };
    }

    /// <summary>
    /// Whether a declared index is still to be created: not when an index of its name is on its table with its columns
    /// and uniqueness. One of that name that differs, or that is on another table, is refused before any SQL, in the
    /// CLI's words (PostgreSQL would reject the statement, or the index would not be what the schema declares).
    /// </summary>
    private static bool IsMissing(TableIndex index, string table, ExistingSchema existing)
    {
        if (existing.FindIndex(index.Name) is not { } found) return true;
        if (!string.Equals(found.Table, table, StringComparison.OrdinalIgnoreCase))
            throw StrataException.Input($"Database index name \"{index.Name}\" is already used by table \"{found.Table}\". Index names must be unique across the schema.");
        if (!found.Matches(index))
            throw StrataException.Input($"Database index \"{index.Name}\" on table \"{table}\" does not match the configured fields and uniqueness. Rename or replace the existing index, then run the migration again.");
        return false;
    }

    /// <summary>Why the change cannot run here, and what to do instead.</summary>
    private static string Refusal(string table, Column column) =>
        $"Cannot add required column \"{column.Name}\" to populated table \"{table}\": the schema declares no default value, " +
        "so the existing rows have no value for it and PostgreSQL refuses NOT NULL. Add the column as nullable, backfill a correct value for every row, then make it NOT NULL.";

    /// <summary>better-auth's words, so that a generated file's banner equals better-auth's.</summary>
    private static string UnsafeMessage(string table, Column column) =>
        $"Cannot add required column \"{column.Name}\" to populated table \"{table}\": the schema declares no default value, " +
        "so existing rows have no value to backfill. MySQL accepts this statement instead of rejecting it and fills every " +
        "existing row with an implicit default for the column type, reporting a successful migration over corrupted data." +
        (column.Type.Field == FieldType.String ? " For a text column, every existing row ends up with the same empty string." : "") +
        " Add the column as nullable, backfill a correct value for every row, then make it NOT NULL.";
}
