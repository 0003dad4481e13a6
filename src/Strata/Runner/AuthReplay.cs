using Npgsql;
using Strata.Auth;

namespace Strata.Runner;

/// <summary>
/// The auth track for lint: the part of better-auth's schema the target already has, as the SQL that would create
/// exactly that on an empty database (the auth track keeps no history, so its "applied history" is what exists), and
/// the statements still pending.
/// </summary>
internal static class AuthReplay
{
    public static async Task<(IReadOnlyList<string> Existing, IReadOnlyList<string> Pending)> PlanAsync(NpgsqlConnection conn, AuthOptions options, CancellationToken ct)
    {
        var desired = SchemaModel.From(options);
        var existing = await SchemaInspector.ReadAsync(conn, desired, ct);
        var present = new List<Table>();
        foreach (var table in desired.Tables)
        {
            if (existing.Find(table.Name) is not { } have) continue;
            bool Has(string column) => have.Find(column) is not null;
            var columns = table.Columns.Where(c => c.PrimaryKey || Has(c.Name))
                .Select(c => c.References is { } fk && existing.Find(fk.Table) is null ? c with { References = null } : c).ToList();
            present.Add(table with { Columns = columns, Indexes = table.Indexes.Where(i => i.Columns.All(Has) && (!i.Declared || existing.FindIndex(i.Name) is not null)).ToList() });
        }
        var replay = AuthScript.Generate(desired with { Tables = present }, ExistingSchema.Empty).Statements;
        var pending = AuthScript.Generate(desired, existing).Statements;
        return (replay, pending);
    }
}
