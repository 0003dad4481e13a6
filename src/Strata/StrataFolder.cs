namespace Strata;

/// <summary>
/// <c>.strata/</c> in a project: what Strata keeps there (the embedded cluster, the C# caches) is local to one
/// machine, so the folder ignores itself in git the moment it exists, whoever makes it.
/// </summary>
internal static class StrataFolder
{
    public const string Name = ".strata";

    /// <summary>Files that only this user may read: the caches hold the SQL a migration built.</summary>
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Folders that only this user may enter.</summary>
    public const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string PathIn(string projectDirectory) => Path.Combine(Path.GetFullPath(projectDirectory), Name);

    /// <summary>
    /// Makes <c>.strata/</c> (with its <c>.gitignore</c>) and, under it, <paramref name="subdirectories"/>, which only
    /// this user may enter. <c>.strata/</c> itself keeps the usual mode: as root, the embedded server runs as the
    /// postgres user and must reach <c>.strata/pg</c>. Throws what the file system throws.
    /// </summary>
    public static string Create(string projectDirectory, params string[] subdirectories)
    {
        var root = PathIn(projectDirectory);
        Directory.CreateDirectory(root);
        var ignore = Path.Combine(root, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "*\n");
        var path = root;
        foreach (var sub in subdirectories)
        {
            path = Path.Combine(path, sub);
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
            else if (!Directory.Exists(path)) Directory.CreateDirectory(path, PrivateDirectory);
        }
        return path;
    }
}
