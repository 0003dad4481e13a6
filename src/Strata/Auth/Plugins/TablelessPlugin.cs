namespace Strata.Auth.Plugins;

/// <summary>
/// A plugin that adds no table and no field: <c>multiSession</c> (several sessions in cookies),
/// <c>magicLink</c>, <c>emailOTP</c> and <c>oneTimeToken</c> (their tokens live in the core <c>verification</c>
/// table), <c>bearer</c>. Listed so that naming them is valid and changes nothing.
/// </summary>
internal sealed class TablelessPlugin(string name, params string[] optionKeys) : AuthPlugin(name, optionKeys)
{
    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) => [];
}
