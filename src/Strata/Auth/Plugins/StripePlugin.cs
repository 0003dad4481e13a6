using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>stripe</c> (package <c>@better-auth/stripe</c>): <c>user.stripeCustomerId</c> always; with
/// <c>subscription.enabled</c> the <c>subscription</c> table, with <c>organization.enabled</c>
/// <c>organization.stripeCustomerId</c>. <c>referenceId</c> is not a foreign key: a user or an organization.
/// </summary>
internal sealed class StripePlugin() : AuthPlugin("stripe",
[
    "stripeClient", "stripeWebhookSecret", "createCustomerOnSignUp", "onCustomerCreate", "getCustomerCreateParams", "subscription",
    "organization", "onEvent", "schema",
])
{
    public override IReadOnlyCollection<string> EnablableParts => ["subscription", "organization"];

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        .. options.EnabledParts.Contains("subscription") ? [Subscription] : Array.Empty<LogicalTable>(),
        new("user", [String(required: false).Named("stripeCustomerId")]),
        .. options.EnabledParts.Contains("organization") ? [new LogicalTable("organization", [String(required: false).Named("stripeCustomerId")])] : Array.Empty<LogicalTable>(),
    ];

    static readonly LogicalTable Subscription = new("subscription",
    [
        String().Named("plan"),
        String().Named("referenceId"),
        String(required: false).Named("stripeCustomerId"),
        String(required: false).Named("stripeSubscriptionId"),
        (String() with { Default = FieldDefault.String("incomplete") }).Named("status"),
        Date(required: false).Named("periodStart"),
        Date(required: false).Named("periodEnd"),
        Date(required: false).Named("trialStart"),
        Date(required: false).Named("trialEnd"),
        (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("cancelAtPeriodEnd"),
        Date(required: false).Named("cancelAt"),
        Date(required: false).Named("canceledAt"),
        Date(required: false).Named("endedAt"),
        Number(required: false).Named("seats"),
        String(required: false).Named("billingInterval"),
        String(required: false).Named("stripeScheduleId"),
    ]);
}
