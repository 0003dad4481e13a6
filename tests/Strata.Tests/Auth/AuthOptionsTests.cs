using Strata.Auth;

namespace Strata.Tests.Auth;

public class AuthOptionsTests
{
    private static AuthOptions Parse(string json) => AuthJson.Options(json);

    private static StrataException ParseFails(string json)
    {
        var e = Assert.Throws<StrataException>(() => Parse(json));
        Assert.Equal(FailureKind.Input, e.Kind);
        return e;
    }

    [Fact]
    public void Unknown_plugin_is_an_input_error_naming_it()
    {
        var e = ParseFails("""{ "plugins": ["username", "auditLog"] }""");
        Assert.Contains("auth.plugins[1]", e.Message);
        Assert.Contains("\"auditLog\"", e.Message);
    }

    [Fact]
    public void Unknown_plugin_in_object_form_is_an_input_error_naming_it()
    {
        var e = ParseFails("""{ "plugins": [{ "name": "auditLog" }] }""");
        Assert.Contains("auth.plugins[0].name", e.Message);
        Assert.Contains("\"auditLog\"", e.Message);
    }

    [Fact]
    public void Api_key_configurations_each_need_a_config_id_of_their_own_as_the_plugin_demands()
    {
        Assert.Contains("auth.plugins[0].configurations[1]: has no configId",
            ParseFails("""{ "plugins": [{ "name": "apiKey", "configurations": [{ "configId": "a" }, {}] }] }""").Message);
        Assert.Contains("auth.plugins[0].configurations[1].configId: \"a\" is used twice",
            ParseFails("""{ "plugins": [{ "name": "apiKey", "configurations": [{ "configId": "a" }, { "configId": "a" }] }] }""").Message);
        Assert.Contains("auth.plugins[0].defaultPrefix: unknown option",
            ParseFails("""{ "plugins": [{ "name": "apiKey", "configurations": [], "defaultPrefix": "x" }] }""").Message);
    }

    [Fact]
    public void A_lone_api_key_configuration_sets_the_rate_limit_defaults_several_do_not()
    {
        var one = Parse("""{ "plugins": [{ "name": "apiKey", "configurations": [{ "configId": "a", "rateLimit": { "maxRequests": 5 } }] }] }""");
        Assert.Equal(5, one.Plugins[0].RateLimitMax);
        var two = Parse("""{ "plugins": [{ "name": "apiKey", "configurations": [{ "configId": "a", "rateLimit": { "maxRequests": 5 } }, { "configId": "b" }] }] }""");
        Assert.Null(two.Plugins[0].RateLimitMax);
    }

    [Fact]
    public void A_device_grant_may_not_redefine_the_plugin_s_own_fields()
    {
        var e = ParseFails("""{ "plugins": [{ "name": "deviceAuthorization", "grant": { "deviceCodeSchemaFields": { "scope": { "type": "string" } } } }] }""");
        Assert.Contains("auth.plugins[0].grant.deviceCodeSchemaFields: a grant's fields must be additional and cannot redefine deviceCode fields: scope", e.Message);
    }

    [Fact]
    public void A_device_grant_s_fields_follow_the_plugin_s_own_and_are_renamed_by_its_schema()
    {
        var model = SchemaModel.From(Parse("""
            { "plugins": [{ "name": "deviceAuthorization", "grant": { "deviceCodeSchemaFields": { "tenantId": { "type": "string", "required": false } } },
                            "schema": { "deviceCode": { "fields": { "tenantId": "tenant_id" } } } }] }
            """));
        Assert.Equal("tenant_id", model.Find("deviceCode")!.Columns[^1].Name);
    }

    [Fact]
    public void Database_schema_name_is_read_and_other_connection_keys_ignored_but_checked()
    {
        Assert.Equal("auth", Parse("""{ "database": { "type": "postgres", "schemaName": "auth" } }""").SchemaName);
        Assert.Contains("auth.database.schema: unknown option", ParseFails("""{ "database": { "schema": "auth" } }""").Message);
        Assert.Contains("auth.database.schemaName: must be a non-empty string", ParseFails("""{ "database": { "schemaName": "" } }""").Message);
    }

    [Fact]
    public void Unknown_plugin_option_names_the_key()
    {
        var e = ParseFails("""{ "plugins": [{ "name": "admin", "defaultRoles": "user" }] }""");
        Assert.Contains("auth.plugins[0].defaultRoles", e.Message);
    }

    [Fact]
    public void Options_that_do_not_shape_the_schema_are_accepted_whatever_their_value()
    {
        var options = Parse("""
            {
              "appName": "Acme", "secret": "s", "socialProviders": { "github": { "clientId": "x" } }, "trustedOrigins": [],
              "emailAndPassword": { "enabled": true, "sendResetPassword": "fn" }, "session": { "cookieCache": { "enabled": true } },
              "rateLimit": { "window": 10, "max": 5, "storage": "memory" }, "advanced": { "useSecureCookies": true, "database": { "joins": true } },
              "plugins": [{ "name": "admin", "defaultRole": "user" }, { "name": "twoFactor", "issuer": "Acme" }, { "name": "bearer", "requireSignature": true }]
            }
            """);
        Assert.Equal(AuthScript.Generate(Parse("""{ "plugins": ["admin", "twoFactor"] }"""), ExistingSchema.Empty).Text,
            AuthScript.Generate(options, ExistingSchema.Empty).Text);
    }

    [Fact]
    public void A_misspelt_nested_option_is_still_an_error_naming_it()
    {
        Assert.Contains("auth.session.storeSessionInDatabse", ParseFails("""{ "session": { "storeSessionInDatabse": true } }""").Message);
        Assert.Contains("auth.rateLimit.storage", ParseFails("""{ "rateLimit": { "storage": "redis" } }""").Message);
        Assert.Contains("auth.plugins[0].teams.enable", ParseFails("""{ "plugins": [{ "name": "organization", "teams": { "enable": true } }] }""").Message);
    }

    [Fact]
    public void Secondary_storage_drops_session_and_verification_unless_they_are_kept_in_the_database()
    {
        Assert.Equal(["user", "account"], SchemaModel.From(Parse("""{ "secondaryStorage": true }""")).Tables.Select(t => t.Name));
        Assert.Equal(["user", "session", "account"],
            SchemaModel.From(Parse("""{ "secondaryStorage": true, "session": { "storeSessionInDatabase": true } }""")).Tables.Select(t => t.Name));
        Assert.Equal(["user", "session", "account", "verification"],
            SchemaModel.From(Parse("""{ "session": { "storeSessionInDatabase": false } }""")).Tables.Select(t => t.Name));
    }

    [Fact]
    public void Rate_limit_in_the_database_adds_its_table_last_renamed_as_told()
    {
        var model = SchemaModel.From(Parse("""{ "rateLimit": { "storage": "database", "modelName": "rl", "fields": { "key": "k" } }, "plugins": ["jwt"] }"""));
        Assert.Equal(["user", "session", "account", "verification", "jwks", "rl"], model.Tables.Select(t => t.Name));
        Assert.Equal(["id", "k", "count", "lastRequest"], model.Tables[^1].Columns.Select(c => c.Name));
        Assert.Equal("bigint", model.Tables[^1].Columns[^1].Type.Sql);
    }

    [Fact]
    public void Unknown_top_level_option_names_the_key()
    {
        var e = ParseFails("""{ "emailAndPassword": { "enabled": true }, "rateLimits": {} }""");
        Assert.Contains("auth.rateLimits", e.Message);
    }

    [Fact]
    public void Unknown_field_type_names_the_field_and_the_type()
    {
        var e = ParseFails("""{ "user": { "additionalFields": { "age": { "type": "int" } } } }""");
        Assert.Contains("auth.user.additionalFields.age.type", e.Message);
        Assert.Contains("\"int\"", e.Message);
    }

    [Fact]
    public void Unknown_field_attribute_names_it()
    {
        var e = ParseFails("""{ "user": { "additionalFields": { "age": { "type": "number", "nullable": true } } } }""");
        Assert.Contains("auth.user.additionalFields.age.nullable", e.Message);
    }

    [Fact]
    public void Renaming_a_field_the_core_model_does_not_have_is_an_error()
    {
        var e = ParseFails("""{ "session": { "fields": { "email": "mail" } } }""");
        Assert.Contains("auth.session.fields.email", e.Message);
    }

    [Fact]
    public void Renaming_a_table_a_plugin_does_not_have_is_an_error()
    {
        var e = ParseFails("""{ "plugins": [{ "name": "twoFactor", "schema": { "passkey": { "modelName": "pk" } } }] }""");
        Assert.Contains("auth.plugins[0].schema.passkey", e.Message);
    }

    [Fact]
    public void Unknown_on_delete_action_names_it()
    {
        var e = ParseFails("""{ "user": { "additionalFields": { "m": { "type": "string", "references": { "model": "user", "field": "id", "onDelete": "nullify" } } } } }""");
        Assert.Contains("auth.user.additionalFields.m.references.onDelete", e.Message);
    }

    [Theory]
    [InlineData("false", nameof(IdGeneration.Text))]
    [InlineData("\"uuid\"", nameof(IdGeneration.Uuid))]
    [InlineData("\"serial\"", nameof(IdGeneration.Serial))]
    public void Generate_id_takes_better_auths_values(string value, string expected)
    {
        Assert.Equal(Enum.Parse<IdGeneration>(expected), Parse($$"""{ "advanced": { "database": { "generateId": {{value}} } } }""").GenerateId);
    }

    [Fact]
    public void Generate_id_rejects_other_values()
    {
        var e = ParseFails("""{ "advanced": { "database": { "generateId": "cuid" } } }""");
        Assert.Contains("auth.advanced.database.generateId", e.Message);
    }

    [Fact]
    public void A_field_without_required_is_required_as_in_better_auth()
    {
        var field = Parse("""{ "user": { "additionalFields": { "status": { "type": "string" } } } }""").User.AdditionalFields.Single();
        Assert.True(field.Value.Required);
    }

    [Fact]
    public void Now_on_a_date_field_is_the_current_timestamp_but_is_a_plain_string_elsewhere()
    {
        var fields = Parse("""{ "user": { "additionalFields": { "at": { "type": "date", "defaultValue": "now" }, "word": { "type": "string", "defaultValue": "now" } } } }""")
            .User.AdditionalFields;
        Assert.IsType<FieldDefault.Now>(fields[0].Value.Default);
        Assert.Equal(FieldDefault.String("now"), fields[1].Value.Default);
    }

    [Fact]
    public void Plugins_keep_their_order_and_options()
    {
        var plugins = Parse("""{ "plugins": ["jwt", { "name": "organization", "teams": { "enabled": true } }] }""").Plugins;
        Assert.Equal(["jwt", "organization"], plugins.Select(p => p.Name));
        Assert.True(plugins[1].TeamsEnabled);
    }
}
