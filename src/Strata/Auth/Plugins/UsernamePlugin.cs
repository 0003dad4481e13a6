using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>username</c>: sign-in by user name.</summary>
internal sealed class UsernamePlugin() : AuthPlugin("username", ["schema", "minUsernameLength", "maxUsernameLength", "usernameValidator", "displayUsernameValidator", "usernameNormalization", "displayUsernameNormalization", "validationOrder", "immutableUsername", "displayUsername"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user",
        [
            (String(required: false) with { Unique = true }).Named("username"),
            String(required: false).Named("displayUsername"),
        ]),
    ];
}
