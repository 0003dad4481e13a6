using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>lastLoginMethod</c>: a cookie by default; with <c>storeInDatabase</c> also <c>user.lastLoginMethod</c>
/// (renamed by <c>schema.user.lastLoginMethod</c>, the plugin's own form).
/// </summary>
internal sealed class LastLoginMethodPlugin() : AuthPlugin("lastLoginMethod", ["cookieName", "maxAge", "customResolveMethod", "storeInDatabase", "beforeStoreCookie", "schema"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
        options.StoreInDatabase ? [new("user", [String(required: false).Named("lastLoginMethod")])] : [];
}
