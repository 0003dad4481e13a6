namespace Strata.Auth.Plugins;

/// <summary>
/// A better-auth plugin, as far as the schema goes: its option keys and the tables and fields it adds. A plugin is
/// its name and keys (constructor arguments) and its <see cref="Tables"/>; the optional parts are overridden by the
/// few plugins that have them.
/// </summary>
/// <param name="name">The name of the plugin's export in better-auth (<c>twoFactor</c>, not <c>two-factor</c>).</param>
/// <param name="optionKeys">
/// Every option of the plugin (from its type declarations), besides <c>name</c>: the few that shape the schema are
/// read, the others accepted and ignored. <c>schema</c> is among them when the plugin has one.
/// </param>
internal abstract class AuthPlugin(string name, IReadOnlyCollection<string> optionKeys)
{
    public string Name => name;

    public IReadOnlyCollection<string> OptionKeys => optionKeys;

    /// <summary>The options whose <c>enabled: true</c> switches on tables or fields (see <see cref="PluginOptions.EnabledParts"/>).</summary>
    public virtual IReadOnlyCollection<string> EnablableParts => [];

    /// <summary>
    /// The options that switch on tables by being given at all (scim's <c>managedConnections</c>), each with its own
    /// keys; they land in <see cref="PluginOptions.EnabledParts"/> too.
    /// </summary>
    public virtual IReadOnlyDictionary<string, IReadOnlyCollection<string>> PresentParts { get; } = new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>
    /// Tables in the plugin's declaration order. A table keyed <c>user</c>, <c>session</c>, <c>account</c> or
    /// <c>verification</c> adds fields to that core table.
    /// </summary>
    public abstract IReadOnlyList<LogicalTable> Tables(PluginOptions options);
}
