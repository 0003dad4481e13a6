namespace Strata.Auth.Plugins;

/// <summary>The plugins Strata knows the schema of, by better-auth's export name.</summary>
internal static class PluginCatalog
{
    private static readonly IReadOnlyList<IAuthPlugin> All =
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
        new TablelessPlugin("multiSession"),
        new TablelessPlugin("magicLink"),
        new TablelessPlugin("emailOTP"),
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    public static IAuthPlugin? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
