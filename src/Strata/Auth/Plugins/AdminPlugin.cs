using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>admin</c>: roles, bans and impersonation.</summary>
internal sealed class AdminPlugin() : AuthPlugin("admin", ["defaultRole", "adminRoles", "defaultBanReason", "defaultBanExpiresIn", "impersonationSessionDuration", "schema", "ac", "roles", "adminUserIds", "bannedUserMessage", "allowImpersonatingAdmins"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user",
        [
            String(required: false).Named("role"),
            (Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("banned"),
            String(required: false).Named("banReason"),
            Date(required: false).Named("banExpires"),
        ]),
        new("session", [String(required: false).Named("impersonatedBy")]),
    ];
}
