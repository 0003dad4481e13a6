using Npgsql;
using Strata.App;

namespace Strata.Runner;

/// <summary>pgm.Db for a running C# migration: queries on the run's connection, inside its transaction.</summary>
internal sealed class ConnectionDatabase(NpgsqlConnection connection) : IMigrationDatabase
{
    public async Task QueryAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SelectAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.Ordinal);
            for (int i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
