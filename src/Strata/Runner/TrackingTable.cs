using Npgsql;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// node-pg-migrate's <c>pgmigrations</c> table, so either tool reads the other's history, plus a
/// nullable <c>checksum</c> column that node-pg-migrate ignores. Its shape is checked before anything
/// alters it, and its rows are checked as history before they are used.
/// </summary>
internal sealed class TrackingTable(string schema, string table)
{
    public string QualifiedName { get; } = SqlQuote.Ident(schema, table);
    public string Schema { get; } = schema;
    public string Table { get; } = table;

    /// <summary>
    /// False when the table lacks the checksum column and this role cannot add it (it does not own the
    /// table): rows are then written without checksums, as node-pg-migrate writes them.
    /// </summary>
    internal bool RecordsChecksums { get; private set; } = true;

    /// <summary>One column of the table as it stands: its name, its pg_type category, and whether this role owns the table.</summary>
    internal sealed record Column(string Name, string Category, bool Owned);

    /// <summary>The columns of the table as it stands; no rows when it does not exist.</summary>
    internal NpgsqlBatchCommand ColumnsQuery() => new(
        "select a.attname::text, t.typcategory::text, pg_has_role(c.relowner, 'USAGE') from pg_class c " +
        "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped join pg_type t on t.oid = a.atttypid " +
        "where c.oid = to_regclass($1)")
    {
        Parameters = { new NpgsqlParameter { Value = QualifiedName } },
    };

    internal static async Task<List<Column>> ReadColumnsAsync(NpgsqlDataReader r, CancellationToken ct)
    {
        var columns = new List<Column>();
        while (await r.ReadAsync(ct)) columns.Add(new Column(r.GetString(0), r.GetString(1), r.GetBoolean(2)));
        return columns;
    }

    /// <summary>
    /// Refuses a table that is not node-pg-migrate's history (an app table named in "migrations-table"),
    /// naming what it lacks, before anything is altered.
    /// </summary>
    internal void CheckShape(IReadOnlyCollection<Column> columns)
    {
        if (columns.Count == 0) return;
        var lacks = new List<string>();
        foreach (var (name, category, kind) in new[] { ("id", "N", "an integer"), ("name", "S", "text"), ("run_on", "D", "a timestamp") })
        {
            var c = columns.FirstOrDefault(c => c.Name == name);
            if (c is null) lacks.Add($"{name} ({kind})");
            else if (c.Category != category) lacks.Add($"{name} as {kind}");
        }
        if (lacks.Count > 0)
            throw StrataException.Input($"The tracking table {QualifiedName} (\"migrations-table\") is not a migration history: it lacks {string.Join(", ", lacks)}, which node-pg-migrate's table has (id serial, name varchar(255), run_on timestamp). Nothing was changed. Point \"migrations-table\" at the history table (default pgmigrations), or at a name that does not exist yet.");
    }

    /// <summary>
    /// What it takes to bring the table to Strata's shape, given the columns it has; and a warning when the
    /// checksum column is missing and this role may not add it.
    /// </summary>
    internal (List<string> Statements, string? Warning) Ensure(IReadOnlyCollection<Column> columns, bool createSchema)
    {
        if (columns.Count == 0)
        {
            var create = new List<string>();
            if (createSchema) create.Add($"CREATE SCHEMA IF NOT EXISTS {SqlQuote.Ident(Schema)}");
            create.Add($"CREATE TABLE IF NOT EXISTS {QualifiedName} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL, checksum text)");
            return (create, null);
        }
        if (columns.Any(c => c.Name == "checksum")) return ([], null);
        if (columns.First().Owned) return ([$"ALTER TABLE {QualifiedName} ADD COLUMN IF NOT EXISTS checksum text"], null);
        RecordsChecksums = false;
        return ([], $"warning: {QualifiedName} has no checksum column and this role does not own the table, so it cannot add one: migrations are recorded without checksums, and drift of their files is not detected. Its owner can add it once: ALTER TABLE {QualifiedName} ADD COLUMN checksum text;");
    }

    internal string SelectApplied(bool hasChecksum) =>
        $"SELECT id::bigint, name::text, run_on::timestamp, {(hasChecksum ? "checksum::text" : "NULL::text")} FROM {QualifiedName} ORDER BY run_on, id";

    internal NpgsqlBatchCommand Insert(string name, string? checksum) => RecordsChecksums
        ? new($"INSERT INTO {QualifiedName} (name, run_on, checksum) VALUES ($1, NOW(), $2)")
        {
            Parameters = { new NpgsqlParameter { Value = name }, new NpgsqlParameter { Value = (object?)checksum ?? DBNull.Value } },
        }
        : new($"INSERT INTO {QualifiedName} (name, run_on) VALUES ($1, NOW())") { Parameters = { new NpgsqlParameter { Value = name } } };

    internal NpgsqlBatchCommand Delete(string name) => new($"DELETE FROM {QualifiedName} WHERE name = $1")
    {
        Parameters = { new NpgsqlParameter { Value = name } },
    };

    /// <summary>The statement text a dry run shows for recording a migration.</summary>
    internal string InsertText(string name, string? checksum) => RecordsChecksums
        ? $"INSERT INTO {QualifiedName} (name, run_on, checksum) VALUES ({SqlQuote.Literal(name)}, NOW(), {(checksum is null ? "NULL" : SqlQuote.Literal(checksum))})"
        : $"INSERT INTO {QualifiedName} (name, run_on) VALUES ({SqlQuote.Literal(name)}, NOW())";
    internal string DeleteText(string name) => $"DELETE FROM {QualifiedName} WHERE name = {SqlQuote.Literal(name)}";

    /// <summary>
    /// The history, in the order it ran. A row without a name or run_on, or a migration recorded twice, is not
    /// history either tool can use: it is refused naming the row and the statement that repairs it.
    /// </summary>
    internal async Task<List<AppliedMigration>> ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var list = new List<AppliedMigration>();
        var ids = new Dictionary<string, long>();
        while (await reader.ReadAsync(ct))
        {
            long id = reader.GetInt64(0);
            if (reader.IsDBNull(1))
                throw StrataException.Input($"The tracking table {QualifiedName} has a row without a name (id {id}): it records no migration. Delete it: DELETE FROM {QualifiedName} WHERE id = {id};");
            var name = reader.GetString(1);
            if (reader.IsDBNull(2))
                throw StrataException.Input($"The tracking table {QualifiedName} has a row without run_on (id {id}, {name}): the history is ordered by when each migration ran. Set it: UPDATE {QualifiedName} SET run_on = now() WHERE id = {id};");
            if (ids.TryGetValue(name, out var first))
            {
                var (keep, extra) = (Math.Min(first, id), Math.Max(first, id));
                throw StrataException.Input($"The tracking table {QualifiedName} records {name} twice (ids {keep} and {extra}), but a migration runs once. Delete the extra row: DELETE FROM {QualifiedName} WHERE id = {extra};");
            }
            ids[name] = id;
            list.Add(new AppliedMigration(name, reader.GetDateTime(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return list;
    }
}
