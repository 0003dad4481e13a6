using Strata.Config;

namespace Strata.Tests.Config;

public class ConfigFileTests
{
    [Fact]
    public void Defaults_match_node_pg_migrate()
    {
        var c = ConfigFile.Parse("{}", ".migraterc.json");
        Assert.Equal("migrations", c.MigrationsDir);
        Assert.Equal("pgmigrations", c.MigrationsTable);
        Assert.Equal(["public"], c.Schemas);
        Assert.Equal("public", c.MigrationsSchema);
        Assert.True(c.CheckOrder);
        Assert.True(c.SingleTransaction);
        Assert.Equal(7241865325823964, c.LockValue);
        Assert.Equal("timestamp", c.MigrationFilenameFormat);
    }

    [Fact]
    public void Keys_are_read_at_the_top_and_under_db_where_db_wins()
    {
        var c = ConfigFile.Parse("""{ "migrations-table": "top", "db": { "migrations-table": "inner", "schema": ["app", "public"] } }""", "f");
        Assert.Equal("inner", c.MigrationsTable);
        Assert.Equal(["app", "public"], c.Schemas);
        Assert.Equal("app", c.MigrationsSchema);
    }

    [Theory]
    [InlineData("""{ "migrations-dirr": "x" }""", "unknown key \"migrations-dirr\"")]
    [InlineData("""{ "db": { "colour": 1 } }""", "unknown key \"db.colour\"")]
    [InlineData("""{ "check-order": "yes" }""", "\"check-order\" must be true or false, not \"yes\"")]
    [InlineData("""{ "migrations-dir": 3 }""", "\"migrations-dir\" must be a non-empty string")]
    [InlineData("""{ "schema": [1] }""", "\"schema\" must be a schema name")]
    [InlineData("""{ "migration-filename-format": "weekly" }""", "\"migration-filename-format\" must be one of")]
    [InlineData("""{ "lock-timeout": "soon" }""", "\"lock-timeout\" must be a duration")]
    [InlineData("""{ "ignore-pattern": "(" }""", "\"ignore-pattern\" is not a valid regular expression")]
    [InlineData("""{ "host": "db" }""", "\"host\" is not supported")]
    [InlineData("""{ "use-glob": true }""", "\"use-glob\" is not supported")]
    [InlineData("""{ "migrations-dir": "x", }x""", "not valid JSON at line 1")]
    [InlineData("""[1]""", "must be a JSON object")]
    public void Bad_config_is_an_input_error_naming_the_key(string json, string fragment)
    {
        var e = Assert.Throws<StrataException>(() => ConfigFile.Parse(json, ".migraterc.json"));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains(fragment, e.Message);
        Assert.Contains(".migraterc.json", e.Message);
    }

    [Theory]
    [InlineData("\"10s\"", 10_000)]
    [InlineData("\"500ms\"", 500)]
    [InlineData("\"2min\"", 120_000)]
    [InlineData("250", 250)]
    [InlineData("0", 0)]
    public void Lock_timeout_reads_postgres_durations(string value, int ms)
    {
        var c = ConfigFile.Parse($$"""{ "lock-timeout": {{value}} }""", "f");
        Assert.Equal(TimeSpan.FromMilliseconds(ms), c.LockTimeout);
    }

    [Fact]
    public void A_missing_named_file_is_an_error_but_a_missing_default_is_not()
    {
        Assert.Throws<StrataException>(() => ConfigFile.Load("/nonexistent/.migraterc.json", mustExist: true));
        Assert.Equal("migrations", ConfigFile.Load("/nonexistent/.migraterc.json", mustExist: false).MigrationsDir);
    }
}
