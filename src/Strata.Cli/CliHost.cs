namespace Strata.Cli;

/// <summary>What the command line runs against: its streams and environment. Tests run the CLI in-process with their own.</summary>
public sealed record CliHost(TextWriter Out, TextWriter Error, Func<string, string?> Environment)
{
    /// <summary>Stdout is a terminal: colours and tables (unless NO_COLOR is set); otherwise plain lines.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>stdout was closed (or not writable) when the process started: its output goes nowhere, and the run says so on stderr.</summary>
    public bool StdoutClosed { get; init; }

    /// <summary>stderr was closed (or not writable) when the process started; the run says so on stdout.</summary>
    public bool StderrClosed { get; init; }

    /// <summary>The environment's variable names (to point out a misspelt DATABASE_URL); null means the process environment's.</summary>
    public IEnumerable<string>? EnvironmentNames { get; init; }
}
