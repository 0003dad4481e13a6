using Strata.Auth;
using static Strata.Tests.Auth.AuthJson;

namespace Strata.Tests.Auth.Plugins;

/// <summary>scim's schema as @better-auth/scim 1.7.5 declares it (the corpus files scim-*.ts prove the scripts against the real CLI).</summary>
public class ScimPluginTests
{
    static IEnumerable<string> PluginTables(string scim) =>
        SchemaModel.From(Options($$"""{ "plugins": [{{scim}}] }""")).Tables.Select(t => t.Name).Skip(4);

    static readonly string[] Provisioned = ["scimConnectionBinding", "scimIdentityTombstone", "scimSubject", "scimUser", "scimProjectionGrant", "scimGroup", "scimGroupMember"];

    [Fact]
    public void Without_managed_connections_it_adds_the_seven_provisioning_tables()
    {
        Assert.Equal(Provisioned, PluginTables("""{ "name": "scim", "connections": [] }"""));
        Assert.Equal(Provisioned, PluginTables("""{ "name": "scim", "managedConnections": null }"""));
    }

    [Fact]
    public void Managed_connections_given_at_all_add_three_tables_first()
    {
        Assert.Equal(["scimManagedConnection", "scimManagedCredential", "scimManagedConnectionEvent", .. Provisioned],
            PluginTables("""{ "name": "scim", "managedConnections": { "credentialHashSecret": "s", "maxActiveCredentials": 3 } }"""));
    }

    [Fact]
    public void A_managed_connections_key_it_does_not_have_is_refused_by_name()
    {
        var e = Assert.Throws<StrataException>(() => Options("""{ "plugins": [{ "name": "scim", "managedConnections": { "enabled": true } }] }"""));
        Assert.Contains("auth.plugins[0].managedConnections.enabled", e.Message);
    }

    [Fact]
    public void It_has_no_schema_option_so_a_rename_is_refused_by_name()
    {
        var e = Assert.Throws<StrataException>(() => Options("""{ "plugins": [{ "name": "scim", "schema": { "scimUser": { "modelName": "scim_users" } } }] }"""));
        Assert.Contains("auth.plugins[0].schema", e.Message);
    }
}
