using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Strata.Cli.Output;

/// <summary>
/// stdout or stderr closed by the caller (<c>strata up &gt;&amp;-</c>) leaves its descriptor number free, and the next file,
/// pipe or socket the process opens takes it: what is then written to "stdout" would go into that file or connection. By
/// <c>Main</c> the .NET runtime already holds such a number (its random source, read-only), and Console throws on it
/// (NativeAOT: an unhandled exception before anything ran). So the first thing a run does: a closed descriptor is given
/// /dev/null, and a stream that cannot be written (closed, or someone else's read-only descriptor in its place) is written
/// through <see cref="TextWriter.Null"/>; the run then says once, on the other stream, that its output went nowhere.
/// </summary>
internal static class StandardStreams
{
    const int GetStatusFlags = 3; // F_GETFL
    const int AccessMode = 3;     // O_ACCMODE
    const int ReadOnly = 0;       // O_RDONLY

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    static extern int Fcntl(int fd, int command);

    // Kept open for the life of the process: closing one would free its number again.
    static readonly List<SafeFileHandle> Reserved = [];

    /// <summary>Which of stdout and stderr cannot be written; Console writes those to <see cref="TextWriter.Null"/>.</summary>
    public static (bool StdoutClosed, bool StderrClosed) Guard()
    {
        if (OperatingSystem.IsWindows()) return (false, false);
        // In order, so each /dev/null opened gets the lowest free number: the one just found closed.
        bool stdinClosed = !IsOpen(0, out _);
        if (stdinClosed) Reserve();
        bool stdout = !Writable(1), stderr = !Writable(2);
        if (stdout) Console.SetOut(TextWriter.Null);
        if (stderr) Console.SetError(TextWriter.Null);
        return (stdout, stderr);
    }

    static bool Writable(int fd)
    {
        if (IsOpen(fd, out var flags)) return (flags & AccessMode) != ReadOnly;
        Reserve();
        return false;
    }

    static bool IsOpen(int fd, out int flags)
    {
        flags = Fcntl(fd, GetStatusFlags);
        return flags != -1;
    }

    static void Reserve() => Reserved.Add(File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite));
}
