namespace Strata.App.CSharp;

/// <summary>
/// <c>.strata/cache/csharp</c>: what compiling and building C# migrations leaves for the next run. Nothing in it is
/// needed: a deploy from a read-only project (a container run as another user) or onto a full disk reads what it
/// can, writes nothing, says so once, and applies its migrations all the same. Files are private to this user
/// (0600, folders 0700): the SQL a migration built may name what the project would rather not show.
/// </summary>
internal sealed class CacheDirectory(string projectDirectory, Action<string>? warn = null)
{
    public string Path { get; } = System.IO.Path.Combine(StrataFolder.PathIn(projectDirectory), "cache", "csharp");

    bool _unwritable;

    /// <summary>The bytes of a cache file, or null when it is missing or cannot be read.</summary>
    public byte[]? TryRead(string name)
    {
        try
        {
            var path = System.IO.Path.Combine(Path, name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes a cache file whole (a reader never sees half of one); false, with one warning per run, when it cannot.</summary>
    public bool TryWrite(string name, byte[] bytes)
    {
        if (_unwritable) return false;
        string? temp = null;
        try
        {
            StrataFolder.Create(projectDirectory, "cache", "csharp");
            var path = System.IO.Path.Combine(Path, name);
            temp = path + "." + Environment.ProcessId + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = StrataFolder.PrivateFile;
            using (var stream = new FileStream(temp, options)) stream.Write(bytes);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (temp is not null) TryDelete(temp);
            _unwritable = true;
            warn?.Invoke($"warning: cannot write the C# migration cache in {MigrationDiscovery.Relative(Path)} ({Reason(e)}); " +
                "migrations are compiled in memory and built on every run until it can be written.");
            return false;
        }
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The cause in words (the runtime's own message may be a resource key).</summary>
    static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: 28 } => "no space left on the device",   // ENOSPC
        IOException { HResult: 30 } => "read-only file system",          // EROFS
        IOException { HResult: 122 } => "disk quota exceeded",           // EDQUOT
        _ => "an I/O error",
    };
}
