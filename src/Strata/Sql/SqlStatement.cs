namespace Strata.Sql;

/// <summary>One statement of a script, with where it starts so errors can point at the user's file.</summary>
/// <param name="Text">The statement without its terminating semicolon.</param>
/// <param name="Offset">Character offset of the statement's first character in the script.</param>
/// <param name="Line">1-based line of that character in the script.</param>
internal sealed record SqlStatement(string Text, int Offset, int Line);
