using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// The README's main job: the chat example's whole schema, then better-auth itself signing up a user on it
/// and the app inserting a chat for that user; down to zero and up again.
/// </summary>
public class ChatExampleTests
{
    static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Strata.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }

    static TestProject CopyOfChatExample()
    {
        var p = new TestProject();
        var example = Path.Combine(RepoRoot(), "examples", "chat");
        File.Copy(Path.Combine(example, ".migraterc.json"), Path.Combine(p.Directory, ".migraterc.json"));
        foreach (var f in Directory.GetFiles(Path.Combine(example, "migrations")))
            File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        return p;
    }

    [Fact]
    public async Task The_chat_example_goes_up_down_to_zero_and_up_again()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = CopyOfChatExample();
        var up = await StrataCli.RunAsync(p, s.Url(db), "up");
        Assert.True(up.ExitCode == 0, up.ToString());
        var tables = await s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' order by 1", db);
        Assert.Equal(["account", "chat", "message", "pgmigrations", "session", "token_usage", "user", "user_semantic_memory", "verification"], tables);
        var fks = await s.ColumnAsync("""
            select conrelid::regclass::text || '.' || confdeltype::text from pg_constraint
            where contype = 'f' and confrelid = '"user"'::regclass order by 1
            """, db);
        Assert.Contains("chat.c", fks);
        Assert.Contains("token_usage.c", fks);
        Assert.Contains("user_semantic_memory.c", fks);

        var down = await StrataCli.RunAsync(p, s.Url(db), "migrate", "down", "0", "--all");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
        var again = await StrataCli.RunAsync(p, s.Url(db), "up");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(0, (await StrataCli.RunAsync(p, s.Url(db), "status")).ExitCode);
    }

    /// <summary>The README's front door, `./strata up --cwd examples/chat`, under CI=true and with no URL: the example's config opts in to the embedded database.</summary>
    [Fact]
    public async Task The_readme_front_door_runs_on_the_embedded_database_under_CI()
    {
        using var p = CopyOfChatExample();
        var env = new Dictionary<string, string?> { ["CI"] = "true", ["DATABASE_URL"] = null };
        try
        {
            var up = await StrataCli.RunProcessAsync(p.Directory, env, "up");
            Assert.True(up.ExitCode == 0, up.ToString());
            Assert.Matches(@"Database: postgres@127\.0\.0\.1:\d+/strata \(the embedded local database", up.Error);
            Assert.Equal(0, (await StrataCli.RunProcessAsync(p.Directory, env, "status")).ExitCode);
        }
        finally
        {
            await StrataCli.RunProcessAsync(p.Directory, env, "db", "stop");
        }
    }

    [CompatFact]
    public async Task Better_auth_signs_up_on_the_chat_schema_and_the_app_stores_a_chat_for_that_user()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = CopyOfChatExample();
        Assert.Equal(0, (await StrataCli.RunAsync(p, s.Url(db), "up")).ExitCode);
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(p.Directory, ".migraterc.json")));
        var options = p.Write("auth.json", config.RootElement.GetProperty("auth").GetRawText());

        var signup = await BetterAuthNode.SignUpAsync(p.Directory, options, s.Url(db));
        Assert.True(signup.ExitCode == 0, signup.ToString());
        var userId = await s.ScalarAsync<string>("""select id from "user" limit 1""", db);
        Assert.NotNull(userId);
        await s.ExecuteAsync($"""
            insert into chat (user_id, title) values ('{userId}', 'First chat');
            insert into message (chat_id, role, content) select id, 'user', 'Hello' from chat;
            insert into token_usage (user_id, chat_id, model, prompt_tokens, completion_tokens, cost)
              select user_id, id, 'gpt-x', 12, 30, 0.0001 from chat;
            """, db);
        Assert.Equal(42, await s.ScalarAsync<int>("select total_tokens from token_usage", db));
        await s.ExecuteAsync("""delete from "user" """, db);
        Assert.Equal(0L, await s.ScalarAsync<long>("select count(*) from chat", db));
    }
}
