using System.CommandLine;
using Strata.Cli.Output;

namespace Strata.Cli;

/// <summary>What every command's action needs: the global options, the host and its redacting streams.</summary>
internal sealed record CommandRunner(GlobalOptions Globals, CliHost Host, RedactingWriter Output, RedactingWriter Error)
{
    /// <summary>Runs a command body with its context, mapping failures to exit codes (<see cref="StrataCommandLine.Guard"/>).</summary>
    public Task<int> Run(ParseResult parse, Func<CommandContext, Task<int>> body)
    {
        var ctx = new CommandContext(parse, Globals, Host, Output, Error);
        return StrataCommandLine.Guard(ctx, () => body(ctx));
    }
}
