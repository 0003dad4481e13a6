using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>sso</c> (package <c>@better-auth/sso</c>): OIDC and SAML providers in <c>ssoProvider</c>; with
/// <c>domainVerification.enabled</c> also <c>domainVerified</c>. <c>organizationId</c> is not a foreign key.
/// </summary>
internal sealed class SsoPlugin() : AuthPlugin("sso",
[
    // modelName and fields are the plugin's older renames, also accepted as schema.ssoProvider's.
    "resolveUser", "guardProviderMutation", "provisionUser", "provisionUserOnEveryLogin", "organizationProvisioning", "defaultSSO",
    "defaultOverrideUserInfo", "disableImplicitSignUp", "modelName", "fields", "schema", "providersLimit", "trustEmailVerified",
    "domainVerification", "redirectURI", "resolvePrivateKey", "saml",
])
{
    /// <summary>The fields the plugin's own <c>fields</c> option renames.</summary>
    public static readonly IReadOnlyList<string> RenamableByFields = ["issuer", "oidcConfig", "samlConfig", "userId", "providerId", "organizationId", "domain"];

    public override IReadOnlyCollection<string> EnablableParts => ["domainVerification"];

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("ssoProvider",
        [
            String().Named("issuer"),
            String(required: false).Named("oidcConfig"),
            String(required: false).Named("samlConfig"),
            // No required: better-auth reads a missing one as required.
            (String() with { References = new FieldReference("user", "id") }).Named("userId"),
            (String() with { Unique = true }).Named("providerId"),
            String(required: false).Named("organizationId"),
            String().Named("domain"),
            .. options.EnabledParts.Contains("domainVerification") ? [Boolean(required: false).Named("domainVerified")] : Array.Empty<KeyValuePair<string, FieldDefinition>>(),
        ]),
    ];
}
