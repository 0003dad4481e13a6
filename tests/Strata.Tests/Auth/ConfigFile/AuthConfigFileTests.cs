using Strata.Auth;
using Strata.Auth.ConfigFile;

namespace Strata.Tests.Auth.ConfigFile;

/// <summary>better-auth's auth.ts read statically: what is followed, what is skipped, and where a value that shapes the schema is not static.</summary>
public class AuthConfigFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("strata-authts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    AuthOptions Read(string source)
    {
        var path = Path.Combine(_dir, "auth.ts");
        File.WriteAllText(path, source);
        return AuthConfigFile.Read(path, "src/lib/auth.ts");
    }

    StrataException Fails(string source)
    {
        var e = Assert.Throws<StrataException>(() => Read(source));
        Assert.Equal(FailureKind.Input, e.Kind);
        return e;
    }

    [Fact]
    public void Follows_consts_spreads_templates_and_aliased_plugin_imports_and_skips_what_does_not_shape_the_schema()
    {
        var options = Read("""
            import { betterAuth } from "better-auth";
            import { admin as adminPlugin, organization } from "better-auth/plugins";
            import { passkey } from "@better-auth/passkey";
            const prefix = "acme";
            const base = { emailAndPassword: { enabled: true, sendResetPassword: async () => {} } };
            const plugins = [adminPlugin({ defaultRole: "x" }), organization({ teams: { enabled: true } })];
            export const auth = betterAuth({
              ...base,
              secret: process.env.SECRET!,
              database: new Pool(),
              user: { modelName: `${prefix}_users` },
              plugins: [...plugins, passkey()],
              advanced: { database: { generateId: () => crypto.randomUUID() } },
            } satisfies BetterAuthOptions);
            """);
        Assert.True(options.EmailAndPassword);
        Assert.Equal("acme_users", options.User.ModelName);
        Assert.Equal(["admin", "organization", "passkey"], options.Plugins.Select(p => p.Name));
        Assert.True(options.Plugins[1].TeamsEnabled);
        Assert.Equal(IdGeneration.Text, options.GenerateId);
        Assert.DoesNotContain("secret", options.Json);
    }

    [Fact]
    public void Follows_members_of_local_objects_and_arithmetic_on_constants()
    {
        var options = Read("""
            import { apiKey } from "@better-auth/api-key";
            const base = { user: { modelName: "users", deleteUser: { enabled: true } } };
            const MINUTE = 60 * 1000;
            export const auth = betterAuth({
              user: { ...base.user, fields: { email: "email_" + "address" } },
              plugins: [apiKey({ rateLimit: { timeWindow: 5 * MINUTE, maxRequests: 100 - 1 } })],
            });
            """);
        Assert.Equal("users", options.User.ModelName);
        Assert.Equal("email_address", options.User.Fields["email"]);
        Assert.Equal(300000, options.Plugins[0].RateLimitTimeWindow);
        Assert.Equal(99, options.Plugins[0].RateLimitMax);
    }

    [Fact]
    public void An_options_object_declared_first_and_exported_by_default_as_const()
    {
        var options = Read("""
            const options = { user: { additionalFields: { joined: { type: "date", defaultValue: () => new Date() }, n: { type: "number", defaultValue: () => 1 } } } } as const;
            export default betterAuth(options);
            """);
        var fields = options.User.AdditionalFields.ToDictionary(f => f.Key, f => f.Value);
        Assert.IsType<FieldDefault.Now>(fields["joined"].Default);
        Assert.Null(fields["n"].Default);
    }

    [Fact]
    public void A_model_name_from_the_environment_is_refused_with_its_position_and_the_json_to_write()
    {
        var e = Fails("""
            export const auth = betterAuth({
              user: { modelName: process.env.USERS_TABLE },
            });
            """);
        Assert.StartsWith("src/lib/auth.ts:2:22: auth.user.modelName is `process.env.USERS_TABLE`", e.Message);
        Assert.Contains("\"auth\": { \"user\": { \"modelName\": … } }", e.Message);
    }

    [Fact]
    public void A_plugin_list_built_by_a_function_is_refused_with_its_position()
    {
        var e = Fails("""
            import { plugins } from "./plugins";
            export const auth = betterAuth({ plugins: plugins() });
            """);
        Assert.StartsWith("src/lib/auth.ts:2:43: auth.plugins is `plugins()`", e.Message);
    }

    [Fact]
    public void A_plugin_imported_from_the_app_s_own_module_is_refused_with_its_position()
    {
        var e = Fails("""
            import { myPlugin } from "./my-plugin";
            export const auth = betterAuth({ plugins: [myPlugin()] });
            """);
        Assert.StartsWith("src/lib/auth.ts:2:44: auth.plugins[0] is `myPlugin()`", e.Message);
    }

    [Fact]
    public void A_schema_name_in_the_kysely_dialect_form_is_read_and_the_connection_skipped()
    {
        var options = Read("""
            import { PostgresDialect } from "kysely";
            export const auth = betterAuth({ database: { dialect: new PostgresDialect({ pool }), type: "postgres", schemaName: "auth" } });
            """);
        Assert.Equal("auth", options.SchemaName);
        Assert.Contains("\"schemaName\": \"auth\"", options.Json);
    }

    [Fact]
    public void A_schema_name_from_the_environment_is_refused_with_its_position()
    {
        var e = Fails("""
            export const auth = betterAuth({ database: { dialect, type: "postgres", schemaName: process.env.AUTH_SCHEMA } });
            """);
        Assert.StartsWith("src/lib/auth.ts:1:85: auth.database.schemaName is `process.env.AUTH_SCHEMA`", e.Message);
    }

    [Fact]
    public void Api_key_configurations_in_an_array_and_table_options_as_the_second_argument()
    {
        var options = Read("""
            import { apiKey } from "@better-auth/api-key";
            export const auth = betterAuth({ plugins: [apiKey([{ configId: "a", rateLimit: { maxRequests: 5 } }, { configId: "b" }], { schema: { apikey: { modelName: "keys" } } })] });
            """);
        var plugin = Assert.Single(options.Plugins);
        Assert.Null(plugin.RateLimitMax); // several configurations: better-auth's defaults
        Assert.Equal("keys", plugin.Schema["apikey"].ModelName);
    }

    [Fact]
    public void Api_key_s_second_argument_replaces_the_first_s_schema_as_the_plugin_reads_only_one()
    {
        var options = Read("""
            import { apiKey } from "@better-auth/api-key";
            export const auth = betterAuth({ plugins: [apiKey({ rateLimit: { maxRequests: 5 }, schema: { apikey: { modelName: "ignored" } } }, {})] });
            """);
        var plugin = Assert.Single(options.Plugins);
        Assert.Equal(5, plugin.RateLimitMax);
        Assert.Empty(plugin.Schema);
    }

    [Fact]
    public void A_device_grant_s_fields_are_read_and_its_behaviour_skipped()
    {
        var options = Read("""
            import { deviceAuthorization } from "better-auth/plugins";
            const grant = { deviceCodeSchemaFields: { tenantId: { type: "string", required: false } }, authorizeRequest: async () => undefined };
            export const auth = betterAuth({ plugins: [deviceAuthorization({ grant })] });
            """);
        Assert.Equal("tenantId", Assert.Single(Assert.Single(options.Plugins).GrantFields).Key);
    }

    [Fact]
    public void A_device_grant_built_elsewhere_is_refused_with_its_position()
    {
        var e = Fails("""
            import { deviceAuthorization } from "better-auth/plugins";
            import { grant } from "./grant";
            export const auth = betterAuth({ plugins: [deviceAuthorization({ grant })] });
            """);
        Assert.StartsWith("src/lib/auth.ts:3:66: auth.plugins[0].grant is `grant`", e.Message);
    }

    [Fact]
    public void Scim_managed_connections_read_from_the_environment_inside_are_static_enough_to_add_their_tables()
    {
        var options = Read("""
            import { betterAuth } from "better-auth";
            import { scim } from "@better-auth/scim";
            export const auth = betterAuth({
              plugins: [scim({ connections: [], managedConnections: { credentialHashSecret: process.env.SCIM_SECRET! } })],
            });
            """);
        Assert.Contains("managedConnections", options.Plugins[0].EnabledParts);
    }

    [Fact]
    public void Scim_managed_connections_given_only_sometimes_are_refused_with_their_position()
    {
        var e = Fails("""
            import { betterAuth } from "better-auth";
            import { scim } from "@better-auth/scim";
            export const auth = betterAuth({
              plugins: [scim({ connections: [], managedConnections: process.env.SCIM_SECRET ? { credentialHashSecret: process.env.SCIM_SECRET } : undefined })],
            });
            """);
        Assert.Contains("src/lib/auth.ts:4:", e.Message);
        Assert.Contains("auth.plugins[0].managedConnections", e.Message);
    }

    [Fact]
    public void A_plugin_part_switched_on_only_sometimes_is_refused_with_its_position_rather_than_read_as_off()
    {
        var e = Fails("""
            import { betterAuth } from "better-auth";
            import { stripe } from "@better-auth/stripe";
            export const auth = betterAuth({
              plugins: [stripe({ stripeClient, subscription: process.env.BILLING ? { enabled: true, plans: [] } : undefined })],
            });
            """);
        Assert.Contains("src/lib/auth.ts:4:", e.Message);
        Assert.Contains("auth.plugins[0].subscription", e.Message);
    }

    [Fact]
    public void A_file_without_a_betterAuth_call_is_an_error_naming_it()
    {
        Assert.Contains("no betterAuth(…) call", Fails("export const x = 1;").Message);
    }

    [Theory]
    [InlineData(".env", "DATABASE_URL=postgres://u:hunter2@db/app\n")]
    [InlineData("auth.json", "{ \"user\": { \"modelName\": \"users\" } }\n")]
    public void A_config_that_is_not_a_script_is_refused_by_name_without_reading_it(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        var e = Assert.Throws<StrataException>(() => AuthConfigFile.Read(path, name));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Equal($"{name}: \"auth.config\" names better-auth's own config file, a .ts or .js file (auth.ts); put options written as JSON in the \"auth\" section itself.", e.Message);
    }
}
