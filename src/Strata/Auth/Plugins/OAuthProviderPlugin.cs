using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>oauthProvider</c> (package <c>@better-auth/oauth-provider</c>): an OAuth 2.1 / OpenID Connect server. Its tables
/// are fixed (no option adds one); <c>schema</c> renames them. Several reference <c>oauthClient.clientId</c> and
/// <c>oauthResource.identifier</c> rather than an id, so they stay <c>text</c> under uuid or serial ids, and
/// <c>oauthClientResource</c> has a composite unique index of its own. Token and consent <c>referenceId</c>s are
/// not foreign keys. It signs with the <c>jwt</c> plugin's keys, which an app lists beside it.
/// </summary>
internal sealed class OAuthProviderPlugin() : AuthPlugin("oauthProvider",
[
    // From OAuthOptions in 1.7.5's oauth-*.d.mts.
    "schema", "scopes", "resources", "resourceSeedMode", "cachedResources", "enforcePerClientResources", "clientRegistrationDefaultResources",
    "clientRegistrationAllowedResources", "identifierValidator", "resourcePrivileges", "cachedTrustedClients", "accessTokenExpiresIn",
    "idTokenExpiresIn", "refreshTokenExpiresIn", "refreshTokenReuseInterval", "codeExpiresIn", "scopeExpirations", "assertionMaxLifetime",
    "allowPublicClientPrelogin", "allowUnauthenticatedClientRegistration", "allowDynamicClientRegistration", "validateInitialAccessToken",
    "extensions", "clientRegistrationDefaultScopes", "clientRegistrationAllowedScopes", "clientRegistrationRequirePKCE",
    "clientRegistrationClientSecretExpiration", "clientReference", "clientPrivileges", "grantTypes", "loginPage", "consentPage", "signup",
    "selectAccount", "postLogin", "formatRefreshToken", "storeClientSecret", "storeTokens", "customUserInfoClaims", "customIdTokenClaims",
    "customAccessTokenClaims", "customTokenResponseFields", "advertisedMetadata", "prefix", "generateClientId", "generateClientSecret",
    "generateOpaqueAccessToken", "generateRefreshToken", "disableJwtPlugin", "rateLimit", "pairwiseSecret", "requestUriResolver", "dpop",
])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) => All;

    static readonly FieldDefinition ClientId = String().References("oauthClient", "clientId").Indexed();
    static readonly FieldDefinition SessionId = String(required: false).References("session", "id", "set null").Indexed();
    static readonly FieldDefinition OptionalUserId = String(required: false).References("user").Indexed();

    static readonly IReadOnlyList<LogicalTable> All =
    [
        new("oauthClient",
        [
            String().Unique().Named("clientId"),
            String(required: false).Named("clientSecret"),
            String(required: false).Named("clientDiscoveryId"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("disabled"),
            Boolean(required: false).Named("skipConsent"),
            Boolean(required: false).Named("enableEndSession"),
            String(required: false).Named("subjectType"),
            StringArray(required: false).Named("scopes"),
            // Its default, [], is an array: never written.
            StringArray(required: false).Named("clientCredentialsScopes"),
            OptionalUserId.Named("userId"),
            Date(required: false).Named("createdAt"),
            Date(required: false).Named("updatedAt"),
            String(required: false).Named("name"),
            String(required: false).Named("uri"),
            String(required: false).Named("icon"),
            StringArray(required: false).Named("contacts"),
            String(required: false).Named("tos"),
            String(required: false).Named("policy"),
            String(required: false).Named("softwareId"),
            String(required: false).Named("softwareVersion"),
            String(required: false).Named("softwareStatement"),
            StringArray().Named("redirectUris"),
            StringArray(required: false).Named("postLogoutRedirectUris"),
            String(required: false).Named("backchannelLogoutUri"),
            Boolean(required: false).Named("backchannelLogoutSessionRequired"),
            String(required: false).Named("tokenEndpointAuthMethod"),
            String(required: false).Named("applicationType"),
            String(required: false).Named("jwks"),
            String(required: false).Named("jwksUri"),
            StringArray(required: false).Named("grantTypes"),
            StringArray(required: false).Named("responseTypes"),
            Boolean(required: false).Named("requirePKCE"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("dpopBoundAccessTokens"),
            String(required: false).Named("referenceId"),
            Json(required: false).Named("metadata"),
        ]),
        new("oauthResource",
        [
            String().Unique().Named("identifier"),
            String().Named("name"),
            Number(required: false).Named("accessTokenTtl"),
            Number(required: false).Named("refreshTokenTtl"),
            String(required: false).Named("signingAlgorithm"),
            String(required: false).Named("signingKeyId"),
            StringArray(required: false).Named("allowedScopes"),
            Json(required: false).Named("customClaims"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("dpopBoundAccessTokensRequired"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("disabled"),
            Date(required: false).Named("createdAt"),
            Date(required: false).Named("updatedAt"),
            (Number(required: false) with { Default = FieldDefault.Number(1) }).Named("policyVersion"),
            Json(required: false).Named("metadata"),
        ]),
        new("oauthClientResource",
        [
            ClientId.Named("clientId"),
            String().References("oauthResource", "identifier").Indexed().Named("resourceId"),
            Json(required: false).Named("metadata"),
            Date(required: false).Named("createdAt"),
        ])
        {
            Indexes = [new(["clientId", "resourceId"], Unique: true)],
        },
        new("oauthRefreshToken",
        [
            String().Unique().Named("token"),
            ClientId.Named("clientId"),
            SessionId.Named("sessionId"),
            String().References("user").Indexed().Named("userId"),
            String(required: false).Named("referenceId"),
            String(required: false).Indexed().Named("authorizationCodeId"),
            StringArray(required: false).Named("resources"),
            StringArray(required: false).Named("requestedUserInfoClaims"),
            Date().Named("expiresAt"),
            Date().Named("createdAt"),
            Date(required: false).Named("revoked"),
            Date(required: false).Named("rotatedAt"),
            String(required: false).Named("rotationReplayResponse"),
            Date(required: false).Named("rotationReplayExpiresAt"),
            Date(required: false).Named("authTime"),
            Json(required: false).Named("confirmation"),
            StringArray().Named("scopes"),
        ]),
        new("oauthAccessToken",
        [
            String().Unique().Named("token"),
            ClientId.Named("clientId"),
            SessionId.Named("sessionId"),
            OptionalUserId.Named("userId"),
            String(required: false).Named("referenceId"),
            String(required: false).Indexed().Named("authorizationCodeId"),
            StringArray(required: false).Named("resources"),
            StringArray(required: false).Named("requestedUserInfoClaims"),
            String(required: false).References("oauthRefreshToken").Indexed().Named("refreshId"),
            Date().Named("expiresAt"),
            Date().Named("createdAt"),
            Date(required: false).Named("revoked"),
            Json(required: false).Named("confirmation"),
            StringArray().Named("scopes"),
        ]),
        new("oauthConsent",
        [
            ClientId.Named("clientId"),
            OptionalUserId.Named("userId"),
            String(required: false).Named("referenceId"),
            StringArray(required: false).Named("resources"),
            StringArray(required: false).Named("requestedUserInfoClaims"),
            StringArray().Named("scopes"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
        ]),
        new("oauthClientAssertion", [Date().Named("expiresAt")]),
    ];
}
