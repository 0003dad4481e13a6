namespace Strata.Auth.Plugins;

/// <summary>A better-auth plugin, as far as the schema goes: the tables and fields it adds.</summary>
internal interface IAuthPlugin
{
    /// <summary>The name of the plugin's export in better-auth (<c>twoFactor</c>, not <c>two-factor</c>).</summary>
    string Name { get; }

    /// <summary>The plugin options (besides <c>name</c> and <c>schema</c>) this plugin accepts.</summary>
    IReadOnlyCollection<string> OptionKeys => [];

    /// <summary>
    /// Tables in the plugin's declaration order. A table keyed <c>user</c>, <c>session</c>, <c>account</c> or
    /// <c>verification</c> adds fields to that core table.
    /// </summary>
    IReadOnlyList<LogicalTable> Tables(PluginOptions options);
}
