using System.Runtime.InteropServices;

namespace Strata.Db;

/// <summary>The POSIX calls .NET does not expose: who we are, whether a pid is alive, and sending it a signal.</summary>
internal static partial class Native
{
    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static bool IsRoot => OperatingSystem.IsWindows() ? false : GetEffectiveUserId() == 0;

    /// <summary>Signal 0 checks existence; EPERM (1) means it exists but belongs to someone else.</summary>
    public static bool IsAlive(int pid) =>
        pid > 0 && (Kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == 1);

    /// <summary>Sends signal number <paramref name="signal"/> (Linux numbering) to <paramref name="pid"/>; false when it could not.</summary>
    public static bool Signal(int pid, int signal) => pid > 0 && Kill(pid, signal) == 0;
}
