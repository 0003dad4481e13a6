namespace Strata.Cli.Output;

/// <summary>
/// Wraps stdout/stderr so no known secret leaves the process, whatever code wrote the text.
/// Secrets are registered as soon as they are known (the URL is resolved before anything connects).
/// A stream that cannot be written (a full disk, a closed pipe, <c>&gt; /dev/full</c>) is not a reason to crash after a
/// migration committed: the first failure is kept in <see cref="Failure"/>, later writes are dropped, and the exit code
/// still says what happened to the database.
/// </summary>
internal sealed class RedactingWriter(TextWriter inner) : TextWriter
{
    readonly List<string> _secrets = [];

    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <summary>Why the stream could not be written, once it could not; null while it works.</summary>
    public string? Failure { get; private set; }

    public void AddSecrets(IEnumerable<string> secrets)
    {
        foreach (var s in secrets)
            if (!_secrets.Contains(s)) _secrets.Add(s);
        _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public override void Write(char value) => Safely(() => inner.Write(value));
    public override void Write(string? value) => Safely(() => inner.Write(value is null ? null : Secrets.Redact(value, _secrets)));
    public override void WriteLine(string? value) => Safely(() => inner.WriteLine(value is null ? null : Secrets.Redact(value, _secrets)));
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    public override void Flush() => Safely(inner.Flush);

    void Safely(Action write)
    {
        if (Failure is not null) return;
        try { write(); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException or NotSupportedException)
        {
            Failure = e.Message.Split('\n')[0];
        }
    }
}
