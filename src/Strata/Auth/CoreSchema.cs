using static Strata.Auth.SchemaField;

namespace Strata.Auth;

/// <summary>
/// better-auth's four core tables by logical name (from <c>@better-auth/core</c>'s <c>get-tables</c>), in
/// their fixed order. Column order matters: it is the order of <c>create table</c>.
/// </summary>
internal static class CoreSchema
{
    public static readonly IReadOnlyList<string> Models = ["user", "session", "account", "verification"];

    private static readonly FieldDefinition CreatedAt = Date() with { Default = new FieldDefault.Now() };

    public static readonly IReadOnlyList<KeyValuePair<string, FieldDefinition>> User =
    [
        String().Named("name"),
        (String() with { Unique = true }).Named("email"),
        (Boolean() with { Default = FieldDefault.Boolean(false) }).Named("emailVerified"),
        String(required: false).Named("image"),
        CreatedAt.Named("createdAt"),
        CreatedAt.Named("updatedAt"),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, FieldDefinition>> Session =
    [
        Date().Named("expiresAt"),
        (String() with { Unique = true }).Named("token"),
        CreatedAt.Named("createdAt"),
        // updatedAt has only an onUpdate function here, unlike user and verification: no column default.
        Date().Named("updatedAt"),
        String(required: false).Named("ipAddress"),
        String(required: false).Named("userAgent"),
        Reference("user").Named("userId"),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, FieldDefinition>> Account =
    [
        String().Named("accountId"),
        String().Named("providerId"),
        Reference("user").Named("userId"),
        String(required: false).Named("accessToken"),
        String(required: false).Named("refreshToken"),
        String(required: false).Named("idToken"),
        Date(required: false).Named("accessTokenExpiresAt"),
        Date(required: false).Named("refreshTokenExpiresAt"),
        String(required: false).Named("scope"),
        String(required: false).Named("password"),
        CreatedAt.Named("createdAt"),
        Date().Named("updatedAt"),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, FieldDefinition>> Verification =
    [
        (String() with { Index = true }).Named("identifier"),
        String().Named("value"),
        Date().Named("expiresAt"),
        CreatedAt.Named("createdAt"),
        CreatedAt.Named("updatedAt"),
    ];

    /// <summary>
    /// <c>rateLimit</c>, with <c>rateLimit.storage: "database"</c>; last of all tables. <c>lastRequest</c>'s default
    /// is <c>() =&gt; Date.now()</c>, a function on a number field, which the CLI does not write.
    /// </summary>
    public static readonly IReadOnlyList<KeyValuePair<string, FieldDefinition>> RateLimit =
    [
        (String() with { Unique = true }).Named("key"),
        Number().Named("count"),
        (Number() with { BigInt = true }).Named("lastRequest"),
    ];

    public static IReadOnlyList<KeyValuePair<string, FieldDefinition>> Fields(string model) => model switch
    {
        "user" => User,
        "session" => Session,
        "account" => Account,
        "verification" => Verification,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
