using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>apiKey</c> (package <c>@better-auth/api-key</c>): one <c>apikey</c> table. <c>referenceId</c> is not a
/// foreign key: a key may belong to a user or an organization.
/// </summary>
internal sealed class ApiKeyPlugin : IAuthPlugin
{
    public string Name => "apiKey";

    public IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
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
            (Number(required: false) with { Default = FieldDefault.Number(86400000) }).Named("rateLimitTimeWindow"),
            (Number(required: false) with { Default = FieldDefault.Number(10) }).Named("rateLimitMax"),
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
