using Strata.Db;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

public class DatabaseSourceTests
{
    static Func<string, string?> Env(string? value) => n => n == "DATABASE_URL" ? value : null;

    [Fact]
    public void Flag_wins_over_environment_and_env_file()
    {
        using var p = new TestProject();
        p.Write(".env", "DATABASE_URL=postgres://file/d\n");
        var s = DatabaseSource.Resolve("postgres://flag/d", "DATABASE_URL", Env("postgres://env/d"), Path.Combine(p.Directory, ".env"));
        Assert.Equal("postgres://flag/d", s.Url);
        Assert.Equal("--database-url", s.Origin);
    }

    [Fact]
    public void Environment_wins_over_env_file()
    {
        using var p = new TestProject();
        p.Write(".env", "DATABASE_URL=postgres://file/d\n");
        var s = DatabaseSource.Resolve(null, "DATABASE_URL", Env("postgres://env/d"), Path.Combine(p.Directory, ".env"));
        Assert.Equal("postgres://env/d", s.Url);
    }

    [Fact]
    public void Env_file_is_used_when_the_environment_has_no_url()
    {
        using var p = new TestProject();
        p.Write(".env", "# a comment\nexport OTHER=1\nDATABASE_URL=\"postgres://file/d?sslmode=require\" # trailing\n");
        var s = DatabaseSource.Resolve(null, "DATABASE_URL", Env(null), Path.Combine(p.Directory, ".env"));
        Assert.Equal("postgres://file/d?sslmode=require", s.Url);
        Assert.Contains(".env", s.Origin);
    }

    [Fact]
    public void Nothing_means_the_embedded_database()
    {
        using var p = new TestProject();
        var s = DatabaseSource.Resolve(null, "DATABASE_URL", Env(null), Path.Combine(p.Directory, ".env"));
        Assert.True(s.IsEmbedded);
    }

    [Fact]
    public void The_variable_name_comes_from_database_url_var()
    {
        using var p = new TestProject();
        var s = DatabaseSource.Resolve(null, "APP_DB", n => n == "APP_DB" ? "postgres://mine/d" : null, Path.Combine(p.Directory, ".env"));
        Assert.Equal("postgres://mine/d", s.Url);
    }

    [Fact]
    public void A_bad_url_says_where_it_came_from()
    {
        using var p = new TestProject();
        p.Write(".env", "DATABASE_URL=postgres://h/d?sslmode=nope\n");
        var s = DatabaseSource.Resolve(null, "DATABASE_URL", Env(null), Path.Combine(p.Directory, ".env"));
        var e = Assert.Throws<StrataException>(() => s.Parse());
        Assert.Contains("DATABASE_URL in .env", e.Message);
        Assert.Contains("\"nope\"", e.Message);
    }
}
