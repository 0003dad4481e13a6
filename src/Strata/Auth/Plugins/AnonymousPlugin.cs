using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary><c>anonymous</c>: marks guest users.</summary>
internal sealed class AnonymousPlugin : IAuthPlugin
{
    public string Name => "anonymous";

    public IReadOnlyCollection<string> OptionKeys => ["emailDomainName", "onLinkAccount", "disableDeleteAnonymousUser", "generateName", "generateRandomEmail", "schema"];

    public IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
    [
        new("user", [(Boolean(required: false) with { Default = FieldDefault.Boolean(false) }).Named("isAnonymous")]),
    ];
}
