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
long firstSignal = 0;
bool EndsAtOnce()
{
    var now = Environment.TickCount64;
    var first = Interlocked.CompareExchange(ref firstSignal, now, 0);
    // Handed over, one Ctrl-C arrives twice (from the terminal, and forwarded by the NativeAOT process): within half a
    // second it is the same one.
    return first != 0 && (!handedOver || now - first > 500);
}
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !EndsAtOnce();
    cancel.Cancel();
};
// Handed over: the NativeAOT process killed outright means stop here too.
using var parentWatch = handedOver ? ParentWatch.Start(cancel) : null;
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
{
    c.Cancel = !EndsAtOnce();
    cancel.Cancel();
});
return await StrataCommandLine.RunAsync(args, new CliHost(Console.Out, Console.Error, Environment.GetEnvironmentVariable) { IsTerminal = !stdoutClosed && !Console.IsOutputRedirected, StdoutClosed = stdoutClosed && !handedOver, StderrClosed = stderrClosed && !handedOver }, cancel.Token);
