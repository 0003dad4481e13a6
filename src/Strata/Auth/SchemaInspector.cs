using Npgsql;
using NpgsqlTypes;
using Strata.Sql;

namespace Strata.Auth;

/// <summary>
/// Reads what the auth track needs of the live database from pg_catalog: the tables of the schema better-auth
/// migrates (<c>database.schemaName</c>, else <c>current_schema()</c>) with their columns, types and nullability,
/// and the indexes on them, in one round trip; and, in a second one only when the diff would add a required column
/// without a default, whether those tables hold rows.
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
        where n.nspname = coalesce($1, current_schema()) and c.relkind in ('r', 'p', 'v') and c.relname in ({0})
        order by c.relname, a.attnum
        """;

    // The indexes of plain tables, as better-auth's getDatabaseIndexMap reads them: one row per key column, in order
    // (an expression's is null); only a valid, whole-column, non-partial index can match a declared one.
    const string IndexesSql = """
        select t.relname::text, i.relname::text, x.indisunique, x.indisvalid and x.indpred is null and x.indexprs is null, a.attname::text
        from pg_catalog.pg_index x
        join pg_catalog.pg_class t on t.oid = x.indrelid
        join pg_catalog.pg_class i on i.oid = x.indexrelid
        join pg_catalog.pg_namespace n on n.oid = t.relnamespace
        cross join lateral unnest(x.indkey::int2[]) with ordinality k(attnum, position)
        left join pg_catalog.pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
        where n.nspname = coalesce($1, current_schema()) and t.relkind = 'r' and k.position <= x.indnkeyatts and ({0})
        order by t.relname, i.relname, k.position
        """;

    /// <summary>
    /// The queries for the tables and indexes of the schema <paramref name="desired"/> lives in, for a caller that sends
    /// them in its own batch and reads them with <see cref="ReadColumnsAsync"/>.
    /// </summary>
    /// <remarks>
    /// Only the auth tables are read, and the indexes on them or named as a declared index (whose name may be taken on
    /// another table): the schema is often the app's too, and a thousand app tables were most of a no-op deploy's reads.
    /// </remarks>
    public static IEnumerable<NpgsqlBatchCommand> Commands(SchemaModel desired)
    {
        string[] tables = [.. desired.Tables.Select(t => t.Name)];
        string[] declared = [.. desired.Tables.SelectMany(t => t.Indexes).Where(i => i.Declared).Select(i => i.Name.ToLowerInvariant()).Distinct()];
        var columns = InSchema(ColumnsSql, desired.SchemaName, tables, out var tableList);
        var indexes = InSchema(IndexesSql, desired.SchemaName, tables, out var onTables);
        // Index names are compared as better-auth compares them, ignoring case; lower() agrees with that for ASCII only,
        // so a declared name beyond ASCII reads every index of the schema.
        string named = declared.Length == 0 ? "false" : declared.All(name => name.All(char.IsAscii)) ? $"lower(i.relname) in ({Add(indexes, declared)})" : "true";
        columns.CommandText = string.Format(ColumnsSql, tableList);
        indexes.CommandText = string.Format(IndexesSql, $"t.relname in ({onTables}) or {named}");
        return [columns, indexes];
    }

    static NpgsqlBatchCommand InSchema(string sql, string? schema, string[] tables, out string tableList)
    {
        var command = new NpgsqlBatchCommand(sql) { Parameters = { Text((object?)schema ?? DBNull.Value) } };
        tableList = Add(command, tables);
        return command;
    }

    /// <summary>Adds <paramref name="values"/> as text parameters; returns their placeholders, comma-separated.</summary>
    static string Add(NpgsqlBatchCommand command, string[] values)
    {
        var placeholders = new List<string>(values.Length);
        foreach (var value in values)
        {
            command.Parameters.Add(Text(value));
            placeholders.Add("$" + command.Parameters.Count);
        }
        return string.Join(", ", placeholders);
    }

    static NpgsqlParameter Text(object value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };

    /// <summary>The tables of the schema <paramref name="desired"/> lives in, with row checks for those it makes necessary.</summary>
    public static async Task<ExistingSchema> ReadAsync(NpgsqlConnection conn, SchemaModel desired, CancellationToken ct)
    {
        Columns read;
        await using (var batch = new NpgsqlBatch(conn))
        {
            foreach (var command in Commands(desired)) batch.BatchCommands.Add(command);
            await using var r = await batch.ExecuteReaderAsync(ct);
            read = await ReadColumnsAsync(r, ct);
        }

        var withRows = new HashSet<string>();
        var toCheck = RowChecks(read, desired);
        if (toCheck.Count > 0)
        {
            await using var batch = new NpgsqlBatch(conn);
            foreach (var table in toCheck)
                batch.BatchCommands.Add(new($"select exists (select from {SqlQuote.Ident(read.Schema!, table)})"));
            await using var r = await batch.ExecuteReaderAsync(ct);
            foreach (var table in toCheck)
            {
                if (await r.ReadAsync(ct) && r.GetBoolean(0)) withRows.Add(table);
                await r.NextResultAsync(ct);
            }
        }
        return read.ToSchema(withRows);
    }

    /// <summary>
    /// The schema as <see cref="Commands"/> read it, when no row check is needed; null when one is (the diff
    /// would then add a required column, so the caller has work to do and reads again with <see cref="ReadAsync"/>).
    /// </summary>
    public static ExistingSchema? WithoutRowChecks(Columns read, SchemaModel desired) =>
        RowChecks(read, desired).Count == 0 ? read.ToSchema([]) : null;

    /// <summary>The columns of each table (and which are views) in the schema read, and the indexes on its tables.</summary>
    public sealed record Columns(Dictionary<string, List<ExistingColumn>> Tables, HashSet<string> Views, string? Schema, List<ExistingIndex> Indexes)
    {
        internal ExistingSchema ToSchema(HashSet<string> withRows) =>
            new(Tables.Select(t => new ExistingTable(t.Key, t.Value, withRows.Contains(t.Key), Views.Contains(t.Key))).ToList()) { Indexes = Indexes };
    }

    /// <summary>Reads the result sets of <see cref="Commands"/>, leaving the reader on the last of them.</summary>
    public static async Task<Columns> ReadColumnsAsync(NpgsqlDataReader r, CancellationToken ct)
    {
        var read = new Columns([], [], null, []);
        string? schema = null;
        while (await r.ReadAsync(ct))
        {
            var table = r.GetString(0);
            if (!read.Tables.TryGetValue(table, out var list)) read.Tables[table] = list = [];
            list.Add(new ExistingColumn(r.GetString(1), r.GetString(2), r.GetBoolean(3)));
            schema = r.GetString(4);
            if (r.GetBoolean(5)) read.Views.Add(table);
        }
        await r.NextResultAsync(ct);
        List<string> columns = [];
        while (await r.ReadAsync(ct))
        {
            var (table, name) = (r.GetString(0), r.GetString(1));
            if (read.Indexes.Count == 0 || read.Indexes[^1].Table != table || read.Indexes[^1].Name != name)
                read.Indexes.Add(new ExistingIndex(table, name, columns = [], r.GetBoolean(2), r.GetBoolean(3)));
            if (!r.IsDBNull(4)) columns.Add(r.GetString(4));
        }
        return read with { Schema = schema };
    }

    static List<string> RowChecks(Columns read, SchemaModel desired) =>
        desired.Tables.Where(t => read.Tables.TryGetValue(t.Name, out var existing) && NeedsRowCheck(t, existing)).Select(t => t.Name).ToList();

    /// <summary>Rows matter only when a required column without a default would be added: then the diff is unsafe.</summary>
    static bool NeedsRowCheck(Table table, List<ExistingColumn> existing) =>
        table.Columns.Any(c => !c.PrimaryKey && c.NotNull && c.Default is null && !existing.Exists(e => e.Name == c.Name));
}
