namespace Strata.Auth.Plugins;

/// <summary>A better-auth plugin, as far as the schema goes: the tables and fields it adds.</summary>
internal interface IAuthPlugin
{
    /// <summary>The name of the plugin's export in better-auth (<c>twoFactor</c>, not <c>two-factor</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Every option of the plugin (from its 1.7.25 type declarations), besides <c>name</c>: the few that shape the
    /// schema are read, the others accepted and ignored. <c>schema</c> is among them when the plugin has one.
    /// </summary>
    IReadOnlyCollection<string> OptionKeys => ["schema"];

    /// <summary>The options whose <c>enabled</c> switches on tables or fields (see <see cref="PluginOptions.EnabledParts"/>).</summary>
    IReadOnlyCollection<string> EnablableParts => [];

    /// <summary>
    /// Tables in the plugin's declaration order. A table keyed <c>user</c>, <c>session</c>, <c>account</c> or
    /// <c>verification</c> adds fields to that core table.
    /// </summary>
    IReadOnlyList<LogicalTable> Tables(PluginOptions options);
}
