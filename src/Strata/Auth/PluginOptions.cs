namespace Strata.Auth;

/// <summary>A plugin and the few of its options that change the schema.</summary>
/// <param name="Name">better-auth's export name: <c>twoFactor</c>, <c>organization</c>, <c>apiKey</c> …</param>
internal sealed record PluginOptions(string Name)
{
    /// <summary>organization's <c>teams.enabled</c>: adds <c>team</c> and <c>teamMember</c>.</summary>
    public bool TeamsEnabled { get; init; }
    /// <summary>organization's <c>dynamicAccessControl.enabled</c>: adds <c>organizationRole</c>.</summary>
    public bool DynamicAccessControl { get; init; }
    /// <summary>lastLoginMethod's <c>storeInDatabase</c>: adds <c>user.lastLoginMethod</c>.</summary>
    public bool StoreInDatabase { get; init; }
    /// <summary>apiKey's <c>rateLimit.timeWindow</c>: the default of <c>apikey.rateLimitTimeWindow</c>.</summary>
    public double? RateLimitTimeWindow { get; init; }
    /// <summary>apiKey's <c>rateLimit.maxRequests</c>: the default of <c>apikey.rateLimitMax</c>.</summary>
    public double? RateLimitMax { get; init; }
    /// <summary>
    /// The plugin's optional parts switched on by an <c>enabled: true</c> (stripe's <c>subscription</c> and
    /// <c>organization</c>, sso's <c>domainVerification</c>): each adds tables or fields.
    /// </summary>
    public IReadOnlySet<string> EnabledParts { get; init; } = new HashSet<string>();
    /// <summary>
    /// deviceAuthorization's <c>grant.deviceCodeSchemaFields</c>: fields a token grant adds to <c>deviceCode</c>, after
    /// the plugin's own (and renamed, like them, by <c>schema</c>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, FieldDefinition>> GrantFields { get; init; } = [];
    /// <summary>
    /// The plugin's <c>schema</c> option, which every plugin passes to better-auth's <c>mergeSchema</c>:
    /// per plugin table, a <c>modelName</c> and field renames.
    /// </summary>
    public IReadOnlyDictionary<string, ModelOptions> Schema { get; init; } = new Dictionary<string, ModelOptions>();
}
