using System.Runtime.InteropServices;

namespace Strata.Db;

/// <summary>The two POSIX calls .NET does not expose: who we are, and whether a pid is alive.</summary>
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
}
