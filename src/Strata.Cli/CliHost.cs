namespace Strata.Cli;

/// <summary>What the command line runs against: its streams and environment. Tests run the CLI in-process with their own.</summary>
public sealed record CliHost(TextWriter Out, TextWriter Error, Func<string, string?> Environment);
