using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>phoneNumber</c>: sign-in by phone number.</summary>
internal sealed class PhoneNumberPlugin() : AuthPlugin("phoneNumber", ["otpLength", "sendOTP", "verifyOTP", "sendPasswordResetOTP", "expiresIn", "phoneNumberValidator", "requireVerification", "callbackOnVerification", "signUpOnVerification", "schema", "allowedAttempts"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user",
        [
            (String(required: false) with { Unique = true }).Named("phoneNumber"),
            Boolean(required: false).Named("phoneNumberVerified"),
        ]),
    ];
}
