using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>apiKey</c> (package <c>@better-auth/api-key</c>): one <c>apikey</c> table. <c>referenceId</c> is not a
/// foreign key: a key may belong to a user or an organization. Its <c>rateLimit.timeWindow</c> and
/// <c>rateLimit.maxRequests</c> become the defaults of <c>rateLimitTimeWindow</c> and <c>rateLimitMax</c>.
/// Several configurations (<c>apiKey([…], { schema })</c>) are written <c>"configurations": […]</c> in JSON.
/// </summary>
internal sealed class ApiKeyPlugin() : AuthPlugin("apiKey",
[
    "schema", "configId", "apiKeyHeaders", "disableKeyHashing", "customAPIKeyGetter", "customAPIKeyValidator", "customKeyGenerator",
    "startingCharactersConfig", "defaultKeyLength", "defaultPrefix", "maximumPrefixLength", "requireName", "minimumPrefixLength",
    "maximumNameLength", "minimumNameLength", "enableMetadata", "keyExpiration", "rateLimit", "enableSessionForAPIKeys", "permissions",
    "storage", "fallbackToDatabase", "customStorage", "deferUpdates", "references",
])
{
    /// <summary>The JSON key of the array form's configurations (the plugin's first argument when it is an array).</summary>
    public const string Configurations = "configurations";

    /// <summary>The default of <c>rateLimit.timeWindow</c>: a day, in milliseconds.</summary>
    public const double DefaultTimeWindow = 86400000;
    /// <summary>The default of <c>rateLimit.maxRequests</c>.</summary>
    public const double DefaultMaxRequests = 10;

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("apikey",
        [
            (String() with { Index = true, Default = FieldDefault.String("default") }).Named("configId"),
            String(required: false).Named("name"),
            String(required: false).Named("start"),
            (String() with { Index = true }).Named("referenceId"),
            String(required: false).Named("prefix"),
            (String() with { Index = true }).Named("key"),
            Number(required: false).Named("refillInterval"),
            Number(required: false).Named("refillAmount"),
            Date(required: false).Named("lastRefillAt"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(true) }).Named("enabled"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(true) }).Named("rateLimitEnabled"),
            (Number(required: false) with { Default = FieldDefault.Number(options.RateLimitTimeWindow ?? DefaultTimeWindow) }).Named("rateLimitTimeWindow"),
            (Number(required: false) with { Default = FieldDefault.Number(options.RateLimitMax ?? DefaultMaxRequests) }).Named("rateLimitMax"),
            (Number(required: false) with { Default = FieldDefault.Number(0) }).Named("requestCount"),
            Number(required: false).Named("remaining"),
            Date(required: false).Named("lastRequest"),
            Date(required: false).Named("expiresAt"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
            String(required: false).Named("permissions"),
            String(required: false).Named("metadata"),
        ]),
    ];
}
