using Strata.Auth;
using static Strata.Tests.Auth.AuthJson;

namespace Strata.Tests.Auth.Plugins;

/// <summary>
/// oauthProvider's schema as @better-auth/oauth-provider 1.7.5 declares it; the statements were taken from the real CLI
/// (`auth generate` 1.7.7). The corpus files oauth-provider-*.ts prove the whole scripts byte for byte.
/// </summary>
public class OAuthProviderPluginTests
{
    static string[] Statements(string json, ExistingSchema existing) =>
        AuthScript.Generate(Options(json), existing).Text.Split(";\n\n").Select(s => s.TrimEnd(';')).ToArray();

    const string Renamed = """
        { "plugins": ["jwt", { "name": "oauthProvider", "loginPage": "/login", "consentPage": "/consent", "schema": {
            "oauthClient": { "modelName": "oauth_client", "fields": { "clientId": "client_id" } },
            "oauthResource": { "fields": { "identifier": "resource_identifier" } },
            "oauthClientResource": { "modelName": "oauth_client_resource", "fields": { "clientId": "client_id", "resourceId": "resource_id" } } } }],
          "advanced": { "database": { "generateId": "uuid" } } }
        """;

    [Fact]
    public void The_composite_unique_index_takes_the_renamed_columns_and_comes_after_every_field_index()
    {
        var statements = Statements(Renamed, ExistingSchema.Empty);

        Assert.Equal("create unique index \"oauth_client_resource_client_id_resource_id_uidx\" on \"oauth_client_resource\" (\"client_id\", \"resource_id\")", statements[^1]);
        Assert.All(statements[..^1], s => Assert.DoesNotContain("_uidx", s));
    }

    [Fact]
    public void References_to_a_client_id_or_a_resource_identifier_keep_text_under_uuid_ids_and_follow_the_renames()
    {
        var link = SchemaModel.From(Options(Renamed)).Find("oauth_client_resource")!;

        Assert.Equal(("text", new ForeignKey("oauth_client", "client_id", "cascade")), (link.Find("client_id")!.Type.Sql, link.Find("client_id")!.References));
        Assert.Equal(("text", new ForeignKey("oauthResource", "resource_identifier", "cascade")), (link.Find("resource_id")!.Type.Sql, link.Find("resource_id")!.References));
    }

    [Fact]
    public void Tokens_lose_their_session_on_delete_and_json_and_array_fields_are_jsonb()
    {
        var token = SchemaModel.From(Options("""{ "plugins": [{ "name": "oauthProvider" }] }""")).Find("oauthAccessToken")!;

        Assert.Equal(new ForeignKey("session", "id", "set null"), token.Find("sessionId")!.References);
        Assert.Equal(("jsonb", true), (token.Find("scopes")!.Type.Sql, token.Find("scopes")!.NotNull));
        Assert.Equal("jsonb", token.Find("confirmation")!.Type.Sql);
    }

    [Fact]
    public void Both_columns_of_the_composite_index_added_to_an_existing_table_create_it_once_after_their_own_indexes()
    {
        var json = """{ "plugins": [{ "name": "oauthProvider" }] }""";
        var existing = new ExistingSchema(SchemaModel.From(Options(json)).Tables
            .Select(t => ExistingTable.Named(t.Name, t.Columns.Select(c => c.Name).Where(c => t.Name != "oauthClientResource" || c is not ("clientId" or "resourceId"))))
            .ToList());

        Assert.Equal(
        [
            "alter table \"oauthClientResource\" add column \"clientId\" text not null references \"oauthClient\" (\"clientId\") on delete cascade",
            "alter table \"oauthClientResource\" add column \"resourceId\" text not null references \"oauthResource\" (\"identifier\") on delete cascade",
            "create index \"oauthClientResource_clientId_idx\" on \"oauthClientResource\" (\"clientId\")",
            "create index \"oauthClientResource_resourceId_idx\" on \"oauthClientResource\" (\"resourceId\")",
            "create unique index \"oauthClientResource_clientId_resourceId_uidx\" on \"oauthClientResource\" (\"clientId\", \"resourceId\")",
        ], Statements(json, existing));
    }

    [Fact]
    public void A_schema_entry_for_a_table_it_does_not_have_is_refused_by_name()
    {
        var e = Assert.Throws<StrataException>(() => Options("""{ "plugins": [{ "name": "oauthProvider", "schema": { "oauthApplication": { "modelName": "apps" } } }] }"""));
        Assert.Contains("auth.plugins[0].schema.oauthApplication", e.Message);
    }
}
