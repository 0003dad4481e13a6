namespace Strata.Auth;

/// <summary>
/// Names the schema would store that PostgreSQL or better-auth's SQL writer cannot take as they are: refused by
/// name before any SQL is written, rather than a script that fails half-way.
/// </summary>
internal static class StoredNames
{
    /// <exception cref="StrataException">A schema-qualified table name, an indexed column with white space, or two relations of one name (<see cref="FailureKind.Input"/>).</exception>
    public static void Check(IReadOnlyList<Table> tables)
    {
        foreach (var table in tables)
        {
            // The CLI writes "public.users" as "public"."users"; Strata migrates the connection's current schema only.
            if (table.Name.Contains('.', StringComparison.Ordinal))
                throw StrataException.Input($"The auth table \"{table.Name}\": a modelName with a schema is not supported; give the table name alone and put the tables in a schema with database.schemaName (or the connection's search_path, ?options=-c search_path=…).");
            // kysely reads "<column> <direction>" in an index column list, so "first name" or "x desc" is not a column there.
            foreach (var index in table.Indexes)
                foreach (var column in index.Columns.Where(c => c.Any(char.IsWhiteSpace)))
                    throw StrataException.Input($"The auth column \"{table.Name}\".\"{column}\" is indexed and its name holds white space, which better-auth's SQL writer reads as a sort order; rename the field (fieldName or fields) without spaces.");
        }
        // Tables and indexes share one namespace per schema in PostgreSQL.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
            Claim(owners, table.Name, $"table \"{table.Name}\"");
        foreach (var table in tables)
            foreach (var index in table.Indexes)
                Claim(owners, index.Name, $"the index on \"{table.Name}\".\"{string.Join("\", \"", index.Columns)}\"");
    }

    static void Claim(Dictionary<string, string> owners, string name, string owner)
    {
        if (owners.TryGetValue(name, out var first))
            throw StrataException.Input($"The auth schema names two relations \"{name}\": {first} and {owner}; PostgreSQL keeps tables and indexes in one namespace, so rename a table or a field.");
        owners[name] = owner;
    }
}
