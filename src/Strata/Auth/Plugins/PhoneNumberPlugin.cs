using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>phoneNumber</c>: sign-in by phone number.</summary>
internal sealed class PhoneNumberPlugin : IAuthPlugin
{
    public string Name => "phoneNumber";

    public IReadOnlyCollection<string> OptionKeys => ["otpLength", "sendOTP", "verifyOTP", "sendPasswordResetOTP", "expiresIn", "phoneNumberValidator", "requireVerification", "callbackOnVerification", "signUpOnVerification", "schema", "allowedAttempts"];

    public IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user",
        [
            (String(required: false) with { Unique = true }).Named("phoneNumber"),
            Boolean(required: false).Named("phoneNumberVerified"),
        ]),
    ];
}
