using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Strata.Cli;

/// <summary>
/// The NativeAOT binary starts in milliseconds but cannot compile C# migrations; when a command needs to,
/// it runs the same command with the JIT build published beside it (<c>jit/strata</c>, or <c>jit/strata.dll</c> run by
/// <c>dotnet</c> as in the tool package, where NuGet keeps no executable bit), whose output and exit code become this
/// process's. Nothing ran in the database before the hand-over.
/// </summary>
internal static class JitCompanion
{
    /// <summary>
    /// Set for the companion: the NativeAOT process has already named the database and speaks for its own closed
    /// streams, so the companion does not say either again.
    /// </summary>
    public const string HandedOverVariable = "STRATA_HANDED_OVER";

    /// <summary>The companion's path, or null when this process is itself the JIT build (or none was published).</summary>
    public static string? Path
    {
        get
        {
            if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported) return null;
            if (Environment.GetEnvironmentVariable("STRATA_JIT") is { Length: > 0 } env) return File.Exists(env) ? env : null;
            var apphost = System.IO.Path.Combine(AppContext.BaseDirectory, "jit", "strata");
            if (File.Exists(apphost)) return apphost;
            var dll = apphost + ".dll";
            return File.Exists(dll) ? dll : null;
        }
    }

    public static async Task<int> RunAsync(string jit, CommandContext ctx, Exception reason)
    {
        if (ctx.Verbose) ctx.Error.WriteLine($"Handing over to the JIT build to compile C# migrations ({reason.Message.Split(';')[0]}).");
        var psi = jit.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo(DotnetHost()) { ArgumentList = { jit } } : new ProcessStartInfo(jit);
        psi.UseShellExecute = false;
        foreach (var a in Environment.GetCommandLineArgs().Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment[Strata.App.CSharp.BuiltScriptCache.BuildIdVariable] = Strata.App.CSharp.BuiltScriptCache.BuildId;
        psi.Environment[HandedOverVariable] = "1";
        if (reason is Strata.App.CSharp.CompilerNeededException { Paths.Count: > 0 } needed)
            psi.Environment[Strata.App.CSharp.CSharpCompiler.EarlyVariable] = string.Join('\n', [needed.CacheFolder, .. needed.Paths]);
        ctx.Out.Flush();
        ctx.Error.Flush();
        using var child = Start(psi, jit);
        // Ctrl-C at a terminal reaches the child too (same process group). A signal sent to this process alone (kill, systemd,
        // docker stop, Kubernetes) must reach it as well: it went on and committed the deploy it was asked to stop. The
        // child counts a Ctrl-C that reaches it both ways once (Program.cs).
        using var term = Forward(PosixSignal.SIGTERM, 15, child);
        using var interrupt = Forward(PosixSignal.SIGINT, 2, child);
        // Then wait for it to roll back and exit.
        await child.WaitForExitAsync(CancellationToken.None);
        // Strata's own codes are 0, 1 and 2: any other means the companion was ended from outside (a signal, 128 + its
        // number) or crashed, and said nothing of what became of the run; silence and 137 told the user nothing.
        if (child.ExitCode is 0 or 1 or 2) return child.ExitCode;
        ctx.Error.WriteLine($"The JIT build that compiles and runs C# migrations ({jit}) ended before it finished ({How(child.ExitCode)}). " +
            "What it had committed stays; a transaction it had open is rolled back by PostgreSQL when its connection closes. `strata status` shows what is applied.");
        return 1;
    }

    static PosixSignalRegistration? Forward(PosixSignal signal, int number, Process child) => OperatingSystem.IsWindows() ? null :
        PosixSignalRegistration.Create(signal, c =>
        {
            c.Cancel = true; // this process waits for the child's exit code; Program.cs's own handler may still end it at a second signal
            Strata.Db.Native.Signal(child.Id, number);
        });

    static Process Start(ProcessStartInfo psi, string jit)
    {
        try
        {
            return Process.Start(psi) ?? throw new System.ComponentModel.Win32Exception("no process was started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // A .dll companion needs `dotnet` on PATH (or DOTNET_ROOT / DOTNET_HOST_PATH); an apphost, its executable bit.
            throw StrataException.Input($"Could not start the JIT build that compiles C# migrations ({psi.FileName}{(psi.FileName == jit ? "" : " " + jit)}): {e.Message}.", e);
        }
    }

    // .NET reports a child killed by signal N as 128 + N; a host that failed (no runtime found) also exits above 128, so the
    // code is named, and the signal only as what the code would mean.
    static string How(int exitCode) => exitCode > 128 && exitCode - 128 is var signal and < 32
        ? $"exit code {exitCode}, the code of a process killed by signal {signal}{signal switch { 2 => " (INT)", 6 => " (ABRT)", 9 => " (KILL)", 11 => " (SEGV)", 15 => " (TERM)", _ => "" }}"
        : $"exit code {exitCode}";

    /// <summary>The <c>dotnet</c> host: DOTNET_HOST_PATH or DOTNET_ROOT when set (a tool's environment), else the one on PATH.</summary>
    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(System.IO.Path.Combine(root, "dotnet")) ? System.IO.Path.Combine(root, "dotnet")
        : "dotnet";
}
