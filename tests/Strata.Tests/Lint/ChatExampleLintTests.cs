using Npgsql;
using Strata.Tests.Fixtures;
using Xunit.Abstractions;

namespace Strata.Tests.Lint;

/// <summary>The chat example with a million messages: lint flags the index its next migration would build under a write lock.</summary>
public class ChatExampleLintTests(ITestOutputHelper output)
{
    const string NextMigration = """
        // The chat screen filters messages by role.
        public sealed class MessageRoleIndex : Migration
        {
            public override void Up(MigrationBuilder pgm)
            {
                pgm.CreateIndex("message", ["role"]);
            }
        }
        """;

    [Fact]
    public async Task Lint_flags_the_index_built_without_concurrently_on_a_million_messages_and_says_how_long_writes_would_wait()
    {
        var (server, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var example = Path.Combine(Repo(), "examples", "chat");
        foreach (var f in Directory.GetFiles(Path.Combine(example, "migrations"))) File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        var config = File.ReadAllText(Path.Combine(example, ".migraterc.json")).TrimEnd().TrimEnd('}');
        p.Write(".migraterc.json", config + $",\n  \"lint-scratch-url\": \"{server.Url("postgres")}\"\n}}");
        var up = await StrataCli.RunAsync(p, url, "up");
        Assert.True(up.ExitCode == 0, up.ToString());

        await using (var conn = new NpgsqlConnection(server.AdminConnectionString(db)))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ('u1', 'U', 'u@example.com', true, now(), now());
                insert into chat (id, user_id, title) values ('00000000-0000-0000-0000-000000000001', 'u1', 'c');
                set session_replication_role = replica;
                insert into message (chat_id, role, content, created_at)
                  select '00000000-0000-0000-0000-000000000001', (array['user', 'assistant'])[1 + g % 2], 'message ' || g, now() - g * interval '1 second'
                  from generate_series(1, 1000000) g;
                analyze message;
                """, conn) { CommandTimeout = 120 };
            await cmd.ExecuteNonQueryAsync();
        }
        var file = p.Write(Path.Combine("migrations", "1764000300000_message-role-index.cs"), NextMigration);
        int line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("pgm.CreateIndex")) + 1;

        var lint = await StrataCli.RunAsync(p, url, "lint");
        output.WriteLine(lint.ToString());
        Assert.Equal(5, lint.ExitCode);
        Assert.Contains($"migrations/1764000300000_message-role-index.cs:{line}", lint.Out);
        Assert.Contains("SHARE (blocks writes); builds message_role_index without CONCURRENTLY on 1,000,000 rows", lint.Out);
        Assert.Matches(@"for ≈[\d.]+ (ms|s) \(measured: a 100,000-row sample took [\d.]+ (ms|s) on the scratch database, scaled n·log n to the target's size\)", lint.Out);
        Assert.Contains("instead: CREATE INDEX CONCURRENTLY", lint.Out);
    }

    static string Repo()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Strata.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }
}
