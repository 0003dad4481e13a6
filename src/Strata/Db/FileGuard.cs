namespace Strata.Db;

/// <summary>An exclusive lock on a file, so two Strata processes don't initialise or start the same cluster at once.</summary>
internal sealed class FileGuard : IAsyncDisposable
{
    readonly FileStream _stream;
    FileGuard(FileStream stream) => _stream = stream;

    public static async Task<FileGuard> AcquireAsync(string path, CancellationToken ct, int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            try
            {
                return new FileGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
