using Npgsql;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// node-pg-migrate's <c>pgmigrations</c> table, so either tool reads the other's history, plus a
/// nullable <c>checksum</c> column that node-pg-migrate ignores.
/// </summary>
internal sealed class TrackingTable(string schema, string table)
{
    public string QualifiedName { get; } = SqlQuote.Ident(schema, table);
    public string Schema { get; } = schema;
    public string Table { get; } = table;

    /// <summary>The columns of the table as it stands; empty when it does not exist.</summary>
    internal NpgsqlBatchCommand ColumnsQuery() => new(
        "select a.attname::text from pg_attribute a where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped")
    {
        Parameters = { new NpgsqlParameter { Value = QualifiedName } },
    };

    /// <summary>What it takes to bring the table to Strata's shape, given the columns it has.</summary>
    internal IEnumerable<string> EnsureStatements(IReadOnlyCollection<string> columns, bool createSchema)
    {
        if (columns.Count == 0)
        {
            if (createSchema) yield return $"CREATE SCHEMA IF NOT EXISTS {SqlQuote.Ident(Schema)}";
            yield return $"CREATE TABLE IF NOT EXISTS {QualifiedName} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL, checksum text)";
        }
        else if (!columns.Contains("checksum"))
        {
            yield return $"ALTER TABLE {QualifiedName} ADD COLUMN IF NOT EXISTS checksum text";
        }
    }

    internal string SelectApplied(bool hasChecksum) =>
        $"SELECT name, run_on, {(hasChecksum ? "checksum" : "NULL::text")} FROM {QualifiedName} ORDER BY run_on, id";

    internal NpgsqlBatchCommand Insert(string name, string? checksum) => new(
        $"INSERT INTO {QualifiedName} (name, run_on, checksum) VALUES ($1, NOW(), $2)")
    {
        Parameters = { new NpgsqlParameter { Value = name }, new NpgsqlParameter { Value = (object?)checksum ?? DBNull.Value } },
    };

    internal NpgsqlBatchCommand Delete(string name) => new($"DELETE FROM {QualifiedName} WHERE name = $1")
    {
        Parameters = { new NpgsqlParameter { Value = name } },
    };

    /// <summary>The statement text a dry run shows for recording a migration.</summary>
    internal string InsertText(string name, string? checksum) =>
        $"INSERT INTO {QualifiedName} (name, run_on, checksum) VALUES ({SqlQuote.Literal(name)}, NOW(), {(checksum is null ? "NULL" : SqlQuote.Literal(checksum))})";
    internal string DeleteText(string name) => $"DELETE FROM {QualifiedName} WHERE name = {SqlQuote.Literal(name)}";

    internal static async Task<List<AppliedMigration>> ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var list = new List<AppliedMigration>();
        while (await reader.ReadAsync(ct))
            list.Add(new AppliedMigration(reader.GetString(0), reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return list;
    }
}
