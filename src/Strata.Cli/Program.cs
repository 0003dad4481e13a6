using System.Runtime.InteropServices;
using Strata.Cli;
using Strata.Cli.Output;

// Before anything opens a file or touches Console: a closed stdout/stderr must not hand its number to a file or socket.
var (stdoutClosed, stderrClosed) = StandardStreams.Guard();
bool handedOver = Environment.GetEnvironmentVariable(JitCompanion.HandedOverVariable) == "1";
// Handed over by the NativeAOT binary to compile C# migrations: Roslyn's cold start begins now, beside this process's own.
Strata.App.CSharp.CSharpCompiler.BeginEarly(Environment.GetEnvironmentVariable(Strata.App.CSharp.CSharpCompiler.EarlyVariable));
using var cancel = new CancellationTokenSource();
// Ctrl-C and SIGTERM cancel the running statement; the runner then rolls back and we exit non-zero.
// A second signal ends the process at once (work that does not watch the token must not make it unkillable).
int signals = 0;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = Interlocked.Increment(ref signals) == 1;
    cancel.Cancel();
};
// Handed over: the NativeAOT process killed outright means stop here too.
using var parentWatch = handedOver ? ParentWatch.Start(cancel) : null;
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
{
    c.Cancel = Interlocked.Increment(ref signals) == 1;
    cancel.Cancel();
});
return await StrataCommandLine.RunAsync(args, new CliHost(Console.Out, Console.Error, Environment.GetEnvironmentVariable) { IsTerminal = !stdoutClosed && !Console.IsOutputRedirected, StdoutClosed = stdoutClosed && !handedOver, StderrClosed = stderrClosed && !handedOver }, cancel.Token);
