using System.Diagnostics;

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
        using var child = Process.Start(psi) ?? throw StrataException.Input($"Could not start {jit}.");
        // Ctrl-C reaches the child too (same process group); wait for it to roll back and exit.
        await child.WaitForExitAsync(CancellationToken.None);
        return child.ExitCode;
    }

    /// <summary>The <c>dotnet</c> host: DOTNET_HOST_PATH or DOTNET_ROOT when set (a tool's environment), else the one on PATH.</summary>
    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(System.IO.Path.Combine(root, "dotnet")) ? System.IO.Path.Combine(root, "dotnet")
        : "dotnet";
}
