using Strata.Auth;
using static Strata.Tests.Auth.AuthJson;

namespace Strata.Tests.Auth;

public class AuthScriptTests
{
    [Fact]
    public void File_name_is_the_utc_iso_time_with_dashes_for_colons()
    {
        var at = new DateTimeOffset(2026, 11, 24, 23, 45, 52, 137, TimeSpan.FromHours(1));
        Assert.Equal("better-auth_migrations/2026-11-24T22-45-52.137Z.sql", AuthScript.FileName(at));
    }

    [Fact]
    public void Required_column_without_default_on_an_empty_table_needs_no_banner()
    {
        var existing = new ExistingSchema([ExistingTable.Named("user", ["id", "name", "email", "emailVerified", "image", "createdAt", "updatedAt"])]);
        var options = Options("""{ "user": { "additionalFields": { "nickname": { "type": "string" } } } }""");

        var script = AuthScript.Generate(options, existing);

        Assert.Empty(script.Changes.UnsafeChanges);
        Assert.StartsWith("alter table \"user\" add column \"nickname\" text not null;", script.Text);
    }

    [Fact]
    public void Required_column_with_a_default_on_a_table_with_rows_is_safe()
    {
        var existing = new ExistingSchema([ExistingTable.Named("user", ["id", "name", "email", "emailVerified", "image", "createdAt", "updatedAt"], hasRows: true)]);
        var options = Options("""{ "user": { "additionalFields": { "credits": { "type": "number", "defaultValue": 3 }, "seen": { "type": "date", "defaultValue": "now" } } } }""");

        var script = AuthScript.Generate(options, existing);

        Assert.Empty(script.Changes.UnsafeChanges);
        Assert.Contains("alter table \"user\" add column \"credits\" integer default 3 not null", script.Statements);
        Assert.Contains("alter table \"user\" add column \"seen\" timestamptz default CURRENT_TIMESTAMP not null", script.Statements);
    }

    static ExistingSchema Everything(SchemaModel model, params ExistingIndex[] indexes) =>
        new(model.Tables.Select(t => ExistingTable.Named(t.Name, t.Columns.Select(c => c.Name))).ToList()) { Indexes = indexes };

    [Fact]
    public void A_declared_index_missing_from_an_existing_table_is_added_and_one_present_is_not()
    {
        var model = SchemaModel.From(Options("""{ "plugins": ["deviceAuthorization"] }"""));
        var existing = Everything(model, new ExistingIndex("deviceCode", "deviceCode_deviceCode_uidx", ["deviceCode"], Unique: true));

        var script = AuthScript.Generate(model, existing);

        Assert.Equal(["create unique index \"deviceCode_userCode_uidx\" on \"deviceCode\" (\"userCode\")"], script.Statements);
    }

    [Fact]
    public void A_composite_declared_index_missing_from_an_existing_table_is_added_and_one_in_another_column_order_refused()
    {
        var model = SchemaModel.From(Options("""{ "plugins": ["jwt", { "name": "oauthProvider", "loginPage": "/login", "consentPage": "/consent" }] }"""));

        Assert.Equal(["create unique index \"oauthClientResource_clientId_resourceId_uidx\" on \"oauthClientResource\" (\"clientId\", \"resourceId\")"],
            AuthScript.Generate(model, Everything(model)).Statements);
        Assert.Empty(AuthScript.Generate(model, Everything(model,
            new ExistingIndex("oauthClientResource", "oauthClientResource_clientId_resourceId_uidx", ["clientId", "resourceId"], Unique: true))).Statements);
        var reordered = Assert.Throws<StrataException>(() => AuthScript.Generate(model, Everything(model,
            new ExistingIndex("oauthClientResource", "oauthClientResource_clientId_resourceId_uidx", ["resourceId", "clientId"], Unique: true))));
        Assert.StartsWith("Database index \"oauthClientResource_clientId_resourceId_uidx\" on table \"oauthClientResource\" does not match", reordered.Message);
    }

    [Fact]
    public void An_index_of_a_declared_name_that_differs_or_sits_on_another_table_is_refused_in_the_cli_s_words()
    {
        var model = SchemaModel.From(Options("""{ "plugins": ["deviceAuthorization"] }"""));

        var differs = Assert.Throws<StrataException>(() => AuthScript.Generate(model,
            Everything(model, new ExistingIndex("deviceCode", "deviceCode_userCode_uidx", ["userCode"], Unique: false))));
        Assert.Equal("Database index \"deviceCode_userCode_uidx\" on table \"deviceCode\" does not match the configured fields and uniqueness. " +
            "Rename or replace the existing index, then run the migration again.", differs.Message);
        var elsewhere = Assert.Throws<StrataException>(() => AuthScript.Generate(model,
            Everything(model, new ExistingIndex("user", "deviceCode_userCode_uidx", ["email"], Unique: true))));
        Assert.StartsWith("Database index name \"deviceCode_userCode_uidx\" is already used by table \"user\".", elsewhere.Message);
    }

    [Fact]
    public void A_schema_name_qualifies_every_table_and_is_created_first_only_with_a_table()
    {
        var options = Options("""{ "database": { "schemaName": "auth" }, "user": { "additionalFields": { "tenant": { "type": "string", "required": false, "index": true } } } }""");
        var model = SchemaModel.From(options);

        var fresh = AuthScript.Generate(model, ExistingSchema.Empty).Statements;
        Assert.Equal("create schema if not exists \"auth\"", fresh[0]);
        Assert.Contains("\"userId\" text not null references \"auth\".\"user\" (\"id\") on delete cascade", fresh[2]);
        Assert.Contains("create index \"user_tenant_idx\" on \"auth\".\"user\" (\"tenant\")", fresh);

        var existing = Everything(SchemaModel.From(Options("""{ "database": { "schemaName": "auth" } }""")));
        Assert.Equal(["alter table \"auth\".\"user\" add column \"tenant\" text", "create index \"user_tenant_idx\" on \"auth\".\"user\" (\"tenant\")"],
            AuthScript.Generate(model, existing).Statements);
    }

    [Theory]
    [InlineData("multiSession")]
    [InlineData("magicLink")]
    [InlineData("emailOTP")]
    public void Plugins_that_keep_their_data_elsewhere_add_nothing(string plugin)
    {
        var core = AuthScript.Generate(Options("{}"), ExistingSchema.Empty);
        var with = AuthScript.Generate(Options($$"""{ "plugins": ["{{plugin}}"] }"""), ExistingSchema.Empty);

        Assert.Equal(core.Text, with.Text);
    }

    [Fact]
    public void Statements_end_with_a_semicolon_and_no_newline()
    {
        var text = AuthScript.Generate(Options("{}"), ExistingSchema.Empty).Text;

        Assert.EndsWith(";", text);
        Assert.Equal(6, text.Split(";\n\n").Length - 1);
    }
}
