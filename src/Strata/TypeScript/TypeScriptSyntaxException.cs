namespace Strata.TypeScript;

/// <summary>A TypeScript or JavaScript file this reader cannot read, at a 1-based line and column of the original file.</summary>
internal sealed class TypeScriptSyntaxException(string file, int line, int column, string construct)
    : Exception($"{file}:{line}:{column}: {construct}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>What was found, without the position.</summary>
    public string Construct { get; } = construct;
}
