namespace Strata.Tests.Fixtures;

/// <summary>A throwaway project directory with a migrations folder, deleted after the test.</summary>
public sealed class TestProject : IDisposable
{
    public TestProject()
    {
        Directory = Path.Combine(Path.GetTempPath(), "strata-proj-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(MigrationsDir);
    }

    public string Directory { get; }
    public string MigrationsDir => Path.Combine(Directory, "migrations");

    public string AddSql(string name, string up, string? down = null)
    {
        var text = "-- Up Migration\n" + up + "\n" + (down is null ? "" : "\n-- Down Migration\n" + down + "\n");
        return Write(Path.Combine("migrations", name + ".sql"), text);
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}
