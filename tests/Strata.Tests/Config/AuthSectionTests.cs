using Strata.Auth;
using Strata.Config;

namespace Strata.Tests.Config;

/// <summary>The <c>auth</c> section of .migraterc.json: better-auth's options, at the top level or under <c>db</c>.</summary>
public class AuthSectionTests
{
    [Fact]
    public void Without_an_auth_section_there_are_no_auth_options()
    {
        Assert.Null(ConfigFile.Parse("""{ "migrations-dir": "m" }""", ".migraterc.json").Auth);
    }

    [Fact]
    public void Auth_section_at_the_top_level_is_parsed_with_better_auth_names()
    {
        var c = ConfigFile.Parse("""
            { "auth": { "emailAndPassword": { "enabled": true }, "plugins": ["username", { "name": "organization", "teams": { "enabled": true } }],
                        "advanced": { "database": { "generateId": "uuid" } } } }
            """, ".migraterc.json");
        Assert.NotNull(c.Auth);
        Assert.True(c.Auth.EmailAndPassword);
        Assert.Equal(["username", "organization"], c.Auth.Plugins.Select(p => p.Name));
        Assert.True(c.Auth.Plugins[1].TeamsEnabled);
        Assert.Equal(IdGeneration.Uuid, c.Auth.GenerateId);
    }

    [Fact]
    public void Auth_section_under_db_is_read_too()
    {
        var c = ConfigFile.Parse("""{ "db": { "auth": { "user": { "modelName": "users" } } } }""", ".migraterc.json");
        Assert.Equal("users", c.Auth?.User.ModelName);
    }

    [Theory]
    [InlineData("""{ "auth": { "plugin": [] } }""", "auth.plugin: unknown option")]
    [InlineData("""{ "auth": { "plugins": ["usernme"] } }""", "auth.plugins[0]: unknown better-auth plugin \"usernme\"")]
    [InlineData("""{ "auth": { "user": { "additionalFields": { "age": { "type": "int" } } } } }""", "auth.user.additionalFields.age.type: unknown field type")]
    [InlineData("""{ "db": { "auth": { "advanced": { "database": { "generateId": "cuid" } } } } }""", "db.auth.advanced.database.generateId: unknown value")]
    [InlineData("""{ "auth": [] }""", "auth: must be an object")]
    public void Bad_auth_options_are_input_errors_naming_the_file_and_the_key(string json, string expected)
    {
        var e = Assert.Throws<StrataException>(() => ConfigFile.Parse(json, "/p/.migraterc.json"));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.StartsWith("/p/.migraterc.json: ", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
