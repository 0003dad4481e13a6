namespace Strata.Cli;

/// <summary>
/// The JIT companion runs a command the NativeAOT process handed it. If that process is killed (SIGKILL cannot be
/// forwarded), the user was told the run stopped: the companion must not go on and commit. It watches its parent and,
/// once re-parented, cancels as SIGTERM would (the running statement is cancelled, the transaction rolled back).
/// </summary>
/// <remarks>
/// Polls the parent pid instead of prctl(PR_SET_PDEATHSIG): that signal follows the parent's forking thread, and a
/// .NET thread-pool thread may retire while the parent lives, which would cancel a healthy deploy.
/// </remarks>
internal static class ParentWatch
{
    public static Timer? Start(CancellationTokenSource cancel)
    {
        if (!OperatingSystem.IsLinux() || ParentId() is not { } parent || parent <= 1) return null;
        return new Timer(_ =>
        {
            if (ParentId() is { } now && now != parent) cancel.Cancel();
        }, null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The parent pid from /proc/self/stat (fourth field, after the parenthesised command name), or null.</summary>
    static int? ParentId()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], out var ppid) ? ppid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
