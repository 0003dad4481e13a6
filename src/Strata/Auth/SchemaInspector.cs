using Npgsql;
using Strata.Sql;

namespace Strata.Auth;

/// <summary>
/// Reads what the auth track needs of the live database from pg_catalog: the tables of
/// <c>current_schema()</c> (the schema better-auth migrates) with their columns, types and nullability,
/// in one round trip; and, in a second one only when the diff would add a required column without a
/// default, whether those tables hold rows.
/// </summary>
internal static class SchemaInspector
{
    // Tables, partitioned tables and views, as kysely's introspection lists them; better-auth's CLI then drops the
    // views and fails on create table, so a view is read only to say it is in the way.
    const string ColumnsSql = """
        select c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, n.nspname::text, c.relkind = 'v'
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v')
        order by c.relname, a.attnum
        """;

    /// <summary>The tables of <c>current_schema()</c>, with row checks for those <paramref name="desired"/> makes necessary.</summary>
    public static async Task<ExistingSchema> ReadAsync(NpgsqlConnection conn, SchemaModel desired, CancellationToken ct)
    {
        var columns = new Dictionary<string, List<ExistingColumn>>();
        var views = new HashSet<string>();
        string? schema = null;
        await using (var cmd = new NpgsqlCommand(ColumnsSql, conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var table = r.GetString(0);
                if (!columns.TryGetValue(table, out var list)) columns[table] = list = [];
                list.Add(new ExistingColumn(r.GetString(1), r.GetString(2), r.GetBoolean(3)));
                schema = r.GetString(4);
                if (r.GetBoolean(5)) views.Add(table);
            }
        }

        var withRows = new HashSet<string>();
        var toCheck = desired.Tables.Where(t => columns.TryGetValue(t.Name, out var existing) && NeedsRowCheck(t, existing)).Select(t => t.Name).ToList();
        if (toCheck.Count > 0)
        {
            await using var batch = new NpgsqlBatch(conn);
            foreach (var table in toCheck)
                batch.BatchCommands.Add(new($"select exists (select from {SqlQuote.Ident(schema!, table)})"));
            await using var r = await batch.ExecuteReaderAsync(ct);
            foreach (var table in toCheck)
            {
                if (await r.ReadAsync(ct) && r.GetBoolean(0)) withRows.Add(table);
                await r.NextResultAsync(ct);
            }
        }
        return new ExistingSchema(columns.Select(t => new ExistingTable(t.Key, t.Value, withRows.Contains(t.Key), views.Contains(t.Key))).ToList());
    }

    /// <summary>Rows matter only when a required column without a default would be added: then the diff is unsafe.</summary>
    static bool NeedsRowCheck(Table table, List<ExistingColumn> existing) =>
        table.Columns.Any(c => !c.PrimaryKey && c.NotNull && c.Default is null && !existing.Exists(e => e.Name == c.Name));
}
