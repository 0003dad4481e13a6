using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>deviceAuthorization</c> (RFC 8628): pending device codes in <c>deviceCode</c>, whose table-level unique
/// indexes on <c>deviceCode</c> and <c>userCode</c> are statements of their own. <c>userId</c> is not a foreign
/// key. A <c>grant</c> (a token grant such as oauthProvider's device flow) adds its <c>deviceCodeSchemaFields</c>
/// after the plugin's own; the rest of it is behaviour.
/// </summary>
internal sealed class DeviceAuthorizationPlugin() : AuthPlugin("deviceAuthorization",
[
    "expiresIn", "interval", "deviceCodeLength", "userCodeLength", "generateDeviceCode", "generateUserCode", "validateClient",
    "onDeviceAuthRequest", "verificationUri", "schema", "grant",
])
{
    /// <summary>The members of a <c>DeviceAuthorizationGrant</c> (1.7.25), and the two an oauthProvider extension adds.</summary>
    public static readonly IReadOnlyCollection<string> GrantKeys =
    [
        "requestSchemaFields", "requestErrorCodes", "requestOpenAPIResponses", "onRequestValidationError", "deviceCodeSchemaFields",
        "authorizeRequest", "assertSessionRedemption", "getVerificationContext", "verificationOpenAPIProperties", "grants", "metadata",
    ];

    /// <summary>The plugin's own fields, which a grant may not redefine.</summary>
    public static IReadOnlyList<string> OwnFields => [.. new DeviceAuthorizationPlugin().Tables(new PluginOptions("deviceAuthorization"))[0].Fields.Select(f => f.Key)];

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("deviceCode",
        [
            String().Named("deviceCode"),
            String().Named("userCode"),
            String(required: false).Named("userId"),
            Date().Named("expiresAt"),
            String().Named("status"),
            Date(required: false).Named("lastPolledAt"),
            Number(required: false).Named("pollingInterval"),
            String(required: false).Named("clientId"),
            String(required: false).Named("scope"),
            .. options.GrantFields,
        ])
        {
            Indexes = [new(["deviceCode"], Unique: true), new(["userCode"], Unique: true)],
        },
    ];
}
