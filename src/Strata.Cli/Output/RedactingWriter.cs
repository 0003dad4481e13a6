using System.Text;

namespace Strata.Cli.Output;

/// <summary>
/// Wraps stdout/stderr so no known secret leaves the process, whatever code wrote the text and however it
/// escaped it (<see cref="Secrets"/>). Text is held until a line ends (or a flush), so a secret written in
/// pieces (one char at a time, or split across calls) is still whole when it is masked.
/// Secrets are registered as soon as they are known (the URL is resolved before anything connects).
/// A stream that cannot be written (a full disk, a closed pipe, <c>&gt; /dev/full</c>) is not a reason to crash after a
/// migration committed: the first failure is kept in <see cref="Failure"/>, later writes are dropped, and the exit code
/// still says what happened to the database.
/// </summary>
internal sealed class RedactingWriter(TextWriter inner) : TextWriter
{
    readonly HashSet<string> _secrets = new(StringComparer.Ordinal);
    IReadOnlyList<string> _forms = [];
    readonly StringBuilder _pending = new();

    public override Encoding Encoding => inner.Encoding;

    /// <summary>Why the stream could not be written, once it could not; null while it works.</summary>
    public string? Failure { get; private set; }

    public void AddSecrets(IEnumerable<string> secrets)
    {
        foreach (var s in secrets) _secrets.Add(s);
        _forms = Secrets.FormsOf(_secrets);
    }

    public override void Write(char value)
    {
        _pending.Append(value);
        if (value == '\n') Emit(_pending.Length);
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        _pending.Append(value);
        if (value.Contains('\n')) Emit(LastLineEnd());
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    public override void WriteLine(string? value) => Write((value ?? "") + new string(CoreNewLine));

    public override void Flush()
    {
        Emit(_pending.Length);
        Safely(inner.Flush);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    int LastLineEnd()
    {
        for (int i = _pending.Length - 1; i >= 0; i--)
            if (_pending[i] == '\n') return i + 1;
        return 0;
    }

    void Emit(int length)
    {
        if (length == 0) return;
        var text = _pending.ToString(0, length);
        _pending.Remove(0, length);
        Safely(() => inner.Write(Secrets.RedactForms(text, _forms)));
    }

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
