using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>jwt</c>: the signing keys, in <c>jwks</c>.</summary>
internal sealed class JwtPlugin() : AuthPlugin("jwt", ["sessionCookieCache", "jwks", "jwt", "disableSettingJwtHeader", "schema", "adapter"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("jwks",
        [
            String().Named("publicKey"),
            String().Named("privateKey"),
            Date().Named("createdAt"),
            Date(required: false).Named("expiresAt"),
            String(required: false).Named("alg"),
            String(required: false).Named("crv"),
        ]),
    ];
}
