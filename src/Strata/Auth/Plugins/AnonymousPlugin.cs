using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>anonymous</c>: marks guest users.</summary>
internal sealed class AnonymousPlugin() : AuthPlugin("anonymous", ["emailDomainName", "onLinkAccount", "disableDeleteAnonymousUser", "generateName", "generateRandomEmail", "schema"])
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user", [(Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("isAnonymous")]),
    ];
}
