using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>organization</c>: organizations, members and invitations; with <c>teams.enabled</c> also teams, in the
/// table and field order better-auth declares them (organizationRole, with <c>dynamicAccessControl.enabled</c>, and
/// teams sit between organization and member).
/// </summary>
internal sealed class OrganizationPlugin() : AuthPlugin("organization",
[
    "allowUserToCreateOrganization", "organizationLimit", "creatorRole", "membershipLimit", "ac", "roles", "dynamicAccessControl", "teams",
    "invitationExpiresIn", "invitationLimit", "cancelPendingInvitationsOnReInvite", "requireEmailVerificationOnInvitation", "sendInvitationEmail",
    "schema", "disableOrganizationDeletion", "organizationHooks",
])
{
    /// <summary>The tables whose <c>schema</c> entry may carry <c>additionalFields</c> (the plugin spreads them itself).</summary>
    public static IReadOnlyCollection<string> TablesWithAdditionalFields => ["organization", "organizationRole", "team", "member", "invitation"];

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options)
    {
        var teams = options.TeamsEnabled;
        var tables = new List<LogicalTable>
        {
            new("organization",
            [
                String().Named("name"),
                (String() with { Unique = true, Index = true }).Named("slug"),
                String(required: false).Named("logo"),
                Date().Named("createdAt"),
                String(required: false).Named("metadata"),
            ]),
        };
        if (options.DynamicAccessControl)
        {
            tables.Add(new("organizationRole",
            [
                Reference("organization").Named("organizationId"),
                (String() with { Index = true }).Named("role"),
                String().Named("permission"),
                (Date() with { Default = new FieldDefault.Now() }).Named("createdAt"),
                Date(required: false).Named("updatedAt"),
            ]));
        }
        if (teams)
        {
            tables.Add(new("team",
            [
                String().Named("name"),
                (Number() with { Default = FieldDefault.Number(0) }).Named("memberCount"),
                Reference("organization").Named("organizationId"),
                Date().Named("createdAt"),
                Date(required: false).Named("updatedAt"),
            ]));
            tables.Add(new("teamMember",
            [
                Reference("team").Named("teamId"),
                Reference("user").Named("userId"),
                (String(required: false) with { Unique = true }).Named("membershipKey"),
                Date(required: false).Named("createdAt"),
            ]));
        }
        tables.Add(new("member",
        [
            Reference("organization").Named("organizationId"),
            Reference("user").Named("userId"),
            (String() with { Default = FieldDefault.String("member") }).Named("role"),
            Date().Named("createdAt"),
        ]));
        var invitation = new List<KeyValuePair<string, FieldDefinition>>
        {
            Reference("organization").Named("organizationId"),
            (String() with { Index = true }).Named("email"),
            String(required: false).Named("role"),
        };
        // teamId is a plain text column, not a reference, even under uuid or serial ids: as better-auth declares it.
        if (teams) invitation.Add(String(required: false).Named("teamId"));
        invitation.AddRange(
        [
            (String() with { Default = FieldDefault.String("pending") }).Named("status"),
            Date().Named("expiresAt"),
            (Date() with { Default = new FieldDefault.Now() }).Named("createdAt"),
            Reference("user", index: false).Named("inviterId"),
        ]);
        tables.Add(new("invitation", invitation));
        var session = new List<KeyValuePair<string, FieldDefinition>> { String(required: false).Named("activeOrganizationId") };
        if (teams) session.Add(String(required: false).Named("activeTeamId"));
        tables.Add(new("session", session));
        return tables;
    }
}
