using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>twoFactor</c>: TOTP secrets and backup codes.</summary>
internal sealed class TwoFactorPlugin() : AuthPlugin("twoFactor", ["issuer", "twoFactorTable", "totpOptions", "otpOptions", "backupCodeOptions", "skipVerificationOnEnable", "allowPasswordless", "schema", "twoFactorCookieMaxAge", "trustDeviceMaxAge", "accountLockout"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user",
        [
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("twoFactorEnabled"),
        ]),
        new("twoFactor",
        [
            (String() with { Index = true }).Named("secret"),
            String().Named("backupCodes"),
            Reference("user").Named("userId"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(true) }).Named("verified"),
            (Number(required: false) with { Default = FieldDefault.Number(0) }).Named("failedVerificationCount"),
            Date(required: false).Named("lockedUntil"),
        ]),
    ];
}
