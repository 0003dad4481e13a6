using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>siwe</c> (Sign-In with Ethereum): the wallets of a user, in <c>walletAddress</c>.</summary>
internal sealed class SiwePlugin() : AuthPlugin("siwe", ["domain", "emailDomainName", "anonymous", "getNonce", "verifyMessage", "ensLookup", "schema"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("walletAddress",
        [
            Reference("user").Named("userId"),
            String().Named("address"),
            Number().Named("chainId"),
            // No required: better-auth reads a missing one as required.
            (Boolean() with { Default = FieldDefault.Boolean(false) }).Named("isPrimary"),
            Date().Named("createdAt"),
        ]),
    ];
}
