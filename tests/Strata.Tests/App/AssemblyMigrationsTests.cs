using Strata.Runner;
using Strata.Tests.Fixtures;

namespace Strata.Tests.App;

/// <summary>
/// Migrations compiled into the app (tests/Strata.Tests.CompiledMigrations: two C# classes and an embedded SQL file)
/// and the same files run by the CLI, which compiles the C# at run time, write one history: either route finds the
/// other's work done.
/// </summary>
public class AssemblyMigrationsTests
{
    static readonly System.Reflection.Assembly AppAssembly = typeof(CreateUsers).Assembly;
    static readonly string[] Names = ["1700000000000_create-users", "1700000000001_add-notes", "1700000000002_index-notes"];

    /// <summary>A project whose migrations folder holds the files the app compiled.</summary>
    static TestProject CliProject()
    {
        var p = new TestProject();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "db")))
            File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        return p;
    }

    /// <summary>The app's route: no folder, only the assembly.</summary>
    static StrataMigrator AppMigrator(string url, string directory) =>
        new(new ProjectOptions { Directory = directory, DatabaseUrl = url, MigrationsAssembly = AppAssembly });

    [Fact]
    public async Task The_app_applies_its_compiled_classes_and_embedded_sql_under_their_file_names()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var empty = new TestProject();
        Directory.Delete(empty.MigrationsDir);
        var result = await AppMigrator(s.Url(db), empty.Directory).UpAsync();
        Assert.True(result.Succeeded, result.App?.Failure?.Describe());
        Assert.Equal(Names, await s.ColumnAsync("select name from pgmigrations order by id", db));
        Assert.Equal("notes_user_id_index", await s.ScalarAsync<string>("select indexname::text from pg_indexes where tablename = 'notes' and indexname <> 'notes_pkey'", db));
    }

    [Fact]
    public async Task After_the_cli_the_app_finds_nothing_to_do()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = CliProject();
        var cli = await StrataCli.RunAsync(p, s.Url(db), "up");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(Names, await s.ColumnAsync("select name from pgmigrations order by id", db));

        using var app = new TestProject();
        var migrator = AppMigrator(s.Url(db), app.Directory);
        var status = await migrator.StatusAsync();
        Assert.True(status.UpToDate, string.Join(", ", status.App.Migrations.Select(m => $"{m.Name} {m.Status}")));
        var result = await migrator.UpAsync();
        Assert.Empty(result.App!.Migrations);
        Assert.Equal(3L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
    }

    [Fact]
    public async Task After_the_app_the_cli_finds_nothing_to_do()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var app = new TestProject();
        Assert.True((await AppMigrator(s.Url(db), app.Directory).UpAsync()).Succeeded);

        using var p = CliProject();
        var status = await StrataCli.RunAsync(p, s.Url(db), "status");
        Assert.True(status.ExitCode == 0, status.ToString());
        var up = await StrataCli.RunAsync(p, s.Url(db), "migrate", "up", "--json");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("\"migrations\":[]", up.Out.Replace(" ", ""));
        Assert.Equal(3L, await s.ScalarAsync<long>("select count(*) from pgmigrations", db));
    }

    [Fact]
    public async Task A_folder_file_the_assembly_also_holds_is_the_assemblys_and_one_it_lacks_is_added()
    {
        var s = await PostgresServer.GetAsync();
        var db = await s.CreateDatabaseAsync();
        using var p = CliProject();
        p.AddSql("1700000000003_more", "create table more (id int);", "drop table more;");
        var result = await AppMigrator(s.Url(db), p.Directory).UpAsync();
        Assert.True(result.Succeeded, result.App?.Failure?.Describe());
        Assert.Equal([.. Names, "1700000000003_more"], await s.ColumnAsync("select name from pgmigrations order by id", db));
    }
}
