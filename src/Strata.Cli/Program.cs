using System.Runtime.InteropServices;
using Strata.Cli;

using var cancel = new CancellationTokenSource();
// Ctrl-C and SIGTERM cancel the running statement; the runner then rolls back and we exit non-zero.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    cancel.Cancel();
});
return await StrataCommandLine.RunAsync(args, new CliHost(Console.Out, Console.Error, Environment.GetEnvironmentVariable), cancel.Token);
