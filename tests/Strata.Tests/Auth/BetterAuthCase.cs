using System.Text.Json;
using Strata.Auth;

namespace Strata.Tests.Auth;

/// <summary>
/// A case captured from the real better-auth CLI under Data/better-auth: the options (&lt;name&gt;.json), the
/// tables it diffed against (&lt;name&gt;.existing.json, absent for an empty database) and the file it wrote
/// (&lt;name&gt;.sql). See docs/better-auth-compat.md for how they were made.
/// </summary>
internal sealed record BetterAuthCase(string Name)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "better-auth");

    public static IEnumerable<object[]> All =>
        Directory.GetFiles(Folder, "*.sql").Select(Path.GetFileNameWithoutExtension).Order().Select(n => new object[] { n! });

    public AuthOptions Options()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, Name + ".json")));
        return AuthOptions.Parse(doc.RootElement);
    }

    public ExistingSchema Existing()
    {
        var path = Path.Combine(Folder, Name + ".existing.json");
        if (!File.Exists(path)) return ExistingSchema.Empty;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return new ExistingSchema(doc.RootElement.GetProperty("tables").EnumerateObject()
            .Select(t => ExistingTable.Named(
                t.Name,
                t.Value.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList(),
                t.Value.GetProperty("hasRows").GetBoolean()))
            .ToList());
    }

    public string ExpectedSql() => File.ReadAllText(Path.Combine(Folder, Name + ".sql"));
}
