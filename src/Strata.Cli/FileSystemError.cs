namespace Strata.Cli;

/// <summary>
/// Failures of the file system that a path given by the user causes (a folder without write permission, a name
/// too long, a file that vanished) in one sentence with the fix. They are input errors: nothing ran in the database.
/// </summary>
internal static class FileSystemError
{
    public static string? Describe(Exception e) => e switch
    {
        PathTooLongException => $"{e.Message} Use a shorter path or name.",
        UnauthorizedAccessException => $"{e.Message} Give yourself access to it (or choose another --cwd, migrations-dir or file).",
        DirectoryNotFoundException or FileNotFoundException => $"{e.Message} Check the path (--cwd, --config, migrations-dir).",
        IOException when e.HResult == 30 || e.Message.Contains("Read-only file system", StringComparison.Ordinal) =>
            $"{e.Message} The file system is read-only: choose a writable --cwd or migrations-dir.",
        _ => null,
    };
}
