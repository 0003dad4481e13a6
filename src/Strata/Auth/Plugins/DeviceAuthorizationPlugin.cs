using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>deviceAuthorization</c> (RFC 8628): pending device codes in <c>deviceCode</c>, whose table-level unique
/// indexes on <c>deviceCode</c> and <c>userCode</c> are statements of their own. <c>userId</c> is not a foreign
/// key. Its <c>grant</c> option (extra fields from a grant) is not among the keys, so it is refused by name.
/// </summary>
internal sealed class DeviceAuthorizationPlugin() : AuthPlugin("deviceAuthorization",
[
    "expiresIn", "interval", "deviceCodeLength", "userCodeLength", "generateDeviceCode", "generateUserCode", "validateClient",
    "onDeviceAuthRequest", "verificationUri", "schema",
])
{
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
        ])
        {
            Indexes = [new(["deviceCode"], Unique: true), new(["userCode"], Unique: true)],
        },
    ];
}
