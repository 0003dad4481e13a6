namespace Strata.Auth.Plugins;

/// <summary>
/// A plugin that adds no table and no field: <c>multiSession</c> (several sessions in cookies),
/// <c>magicLink</c> and <c>emailOTP</c> (their tokens live in the core <c>verification</c> table).
/// Listed so that naming them is valid and changes nothing.
/// </summary>
internal sealed class TablelessPlugin(string name) : IAuthPlugin
{
    public string Name => name;

    public IReadOnlyList<LogicalTable> Tables(PluginOptions options) => [];
}
