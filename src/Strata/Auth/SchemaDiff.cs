namespace Strata.Auth;

/// <summary>
/// The changes that bring a database up to the desired auth schema, as better-auth's <c>getMigrations</c>
/// finds them: only missing tables and missing columns, never a drop, rename or type change. The order is
/// better-auth's: every added column (table by table), then every created table, then the indexes of the
/// added columns, then those of the created tables — indexes last, so all their columns exist.
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
            if (current is null)
            {
                created.Add(new CreateTable(table));
                // A unique column is enforced inline by create table; only plain indexes follow.
                createdIndexes.AddRange(table.Indexes.Where(i => !i.Unique && !i.Declared).Select(i => new CreateIndex(table.Name, i)));
                declaredIndexes.AddRange(table.Indexes.Where(i => i.Declared).Select(i => new CreateIndex(table.Name, i)));
                continue;
            }
            var addedColumns = new List<string>();
            foreach (var column in table.Columns)
            {
                if (column.PrimaryKey || current.Find(column.Name) is not null) continue;
                added.Add(new AddColumn(table.Name, column));
                addedColumns.Add(column.Name);
                if (table.IndexOn(column.Name) is { } index) addedIndexes.Add(new CreateIndex(table.Name, index));
                if (column.NotNull && column.Default is null && current.HasRows)
                {
                    unsafeChanges.Add(Refusal(table.Name, column));
                    betterAuthWords.Add(UnsafeMessage(table.Name, column));
                }
            }
            // The CLI adds a declared index whenever the database lacks it; Strata reads no indexes, so it adds one
            // together with any of its columns (on a table it did not create, a missing index on old columns stays missing).
            declaredIndexes.AddRange(table.DeclaredIndexesOver(addedColumns).Select(i => new CreateIndex(table.Name, i)));
        }
        return new AuthChanges([.. added, .. created, .. addedIndexes, .. createdIndexes, .. declaredIndexes], unsafeChanges)
        {
            Drift = SchemaDrift.Find(desired, existing),
            BetterAuthWords = betterAuthWords,
        };
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
