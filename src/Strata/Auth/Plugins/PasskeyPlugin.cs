using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>passkey</c> (package <c>@better-auth/passkey</c>): WebAuthn credentials.</summary>
internal sealed class PasskeyPlugin() : AuthPlugin("passkey", ["rpID", "rpName", "origin", "authenticatorSelection", "advanced", "schema", "registration", "authentication"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("passkey",
        [
            String(required: false).Named("name"),
            String().Named("publicKey"),
            Reference("user").Named("userId"),
            (String() with { Index = true }).Named("credentialID"),
            Number().Named("counter"),
            String().Named("deviceType"),
            Boolean().Named("backedUp"),
            String(required: false).Named("transports"),
            Date(required: false).Named("createdAt"),
            String(required: false).Named("aaguid"),
        ]),
    ];
}
