using System.Text.Json;
using System.Text.RegularExpressions;
using Strata.App;

namespace Strata.Tests.App;

/// <summary>
/// node-pg-migrate 9.0.0's conformance corpus, one test per case: the C# translation of the case
/// (<see cref="CorpusCases"/>) must give node-pg-migrate's SQL, whitespace aside, or its error.
/// </summary>
public sealed class ConformanceCorpusTests
{
    private static readonly string[] Files = ["node-pg-migrate-9.0.0.json", "node-pg-migrate-9.0.0-extended.json"];

    private static readonly Lazy<Dictionary<string, JsonElement>> Corpus = new(() =>
        Files.Select(f => Path.Combine(AppContext.BaseDirectory, "Data", f))
            .Where(File.Exists)
            .SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.EnumerateArray())
            .ToDictionary(c => c.GetProperty("name").GetString()!));

    public static TheoryData<string> CaseNames() => [.. Corpus.Value.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_gives_the_sql_node_pg_migrate_gives(string name)
    {
        var expected = Corpus.Value[name];
        Assert.True(CorpusCases.All.TryGetValue(name, out var translation), $"No C# translation for corpus case {name}.");
        if (translation.Divergence is null)
            Assert.True(translation.Sql is null && translation.Error is null, "An expectation that differs from the corpus needs a reason.");
        if (translation.Sql is not null && translation.HonoursDeclaredOption is null)
            Assert.True(expected.TryGetProperty("validOnPg15", out var valid) && valid.ValueKind == JsonValueKind.False,
                "Strata departs from node-pg-migrate's SQL only where PostgreSQL rejects it (validOnPg15: false), or where node-pg-migrate drops an option its own types declare.");

        var decamelize = expected.TryGetProperty("decamelize", out var flagged) && flagged.GetBoolean();
        var pgm = new MigrationBuilder(translation.Shorthands, new NoDatabase(), decamelize);
        var down = expected.TryGetProperty("direction", out var direction) && direction.GetString()!.StartsWith("down", StringComparison.Ordinal);
        IReadOnlyList<string> Run()
        {
            translation.Up(pgm);
            var recorded = pgm.Build();
            return (down ? recorded.Reverse() : recorded).GetSqlSteps();
        }

        if (expected.GetProperty("sql").ValueKind == JsonValueKind.Null)
        {
            var error = Assert.ThrowsAny<Exception>(Run);
            Assert.Equal(translation.Error ?? expected.GetProperty("error").GetString(), error.Message);
            return;
        }
        var sql = translation.Sql ?? expected.GetProperty("sql").GetString()!;
        Assert.Equal(Normalize(sql), Normalize(string.Join("\n", Run())));
        var noTransaction = expected.TryGetProperty("noTransaction", out var flag) && flag.GetBoolean();
        Assert.Equal(noTransaction, pgm.Build().NoTransaction);
    }

    [Fact]
    public void Every_translation_has_a_corpus_case()
    {
        Assert.All(CorpusCases.All.Keys, k => Assert.True(Corpus.Value.ContainsKey(k), $"Translation {k} has no corpus case."));
    }

    private static string Normalize(string sql) => Regex.Replace(sql, @"\s+", " ").Trim();

    private sealed class NoDatabase : IMigrationDatabase
    {
        public Task QueryAsync(string sql, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SelectAsync(string sql, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([]);
    }
}
