namespace Strata.Auth.Plugins;

/// <summary>The plugins Strata knows the schema of, by better-auth's export name.</summary>
internal static class PluginCatalog
{
    private static readonly IReadOnlyList<AuthPlugin> All =
    [
        new UsernamePlugin(),
        new TwoFactorPlugin(),
        new OrganizationPlugin(),
        new AdminPlugin(),
        new ApiKeyPlugin(),
        new PasskeyPlugin(),
        new JwtPlugin(),
        new AnonymousPlugin(),
        new PhoneNumberPlugin(),
        new SiwePlugin(),
        new LastLoginMethodPlugin(),
        new SsoPlugin(),
        new StripePlugin(),
        new DeviceAuthorizationPlugin(),
        new OAuthProviderPlugin(),
        new ScimPlugin(),
        // Option keys from each plugin's 1.7.25 type declarations.
        new TablelessPlugin("multiSession", "maximumSessions"),
        new TablelessPlugin("magicLink", "expiresIn", "allowedAttempts", "sendMagicLink", "disableSignUp", "rateLimit", "generateToken", "storeToken"),
        new TablelessPlugin("emailOTP", "sendVerificationOTP", "otpLength", "expiresIn", "generateOTP", "sendVerificationOnSignUp", "disableSignUp",
            "allowedAttempts", "storeOTP", "resendStrategy", "changeEmail", "overrideDefaultEmailVerification", "rateLimit"),
        new TablelessPlugin("oneTimeToken", "expiresIn", "disableClientRequest", "generateToken", "disableSetSessionCookie", "storeToken", "setOttHeaderOnNewSession"),
        new TablelessPlugin("bearer", "requireSignature"),
        // The frameworks' cookie helpers (better-auth/next-js …) are plugins too, without a schema.
        new TablelessPlugin("nextCookies"),
        new TablelessPlugin("reactStartCookies"),
        new TablelessPlugin("sveltekitCookies"),
        new TablelessPlugin("solidStartCookies"),
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    public static AuthPlugin? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
