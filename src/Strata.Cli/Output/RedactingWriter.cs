using System.Text;

namespace Strata.Cli.Output;

/// <summary>
/// Wraps stdout/stderr so no known secret leaves the process, whatever code wrote the text and however it
/// escaped it (<see cref="Secrets"/>). Text is held until a line ends (or a flush), so a secret written in
/// pieces (one char at a time, or split across calls) is still whole when it is masked.
/// Secrets are registered as soon as they are known (the URL is resolved before anything connects).
/// </summary>
internal sealed class RedactingWriter(TextWriter inner) : TextWriter
{
    readonly HashSet<string> _secrets = new(StringComparer.Ordinal);
    IReadOnlyList<string> _forms = [];
    readonly StringBuilder _pending = new();

    public override Encoding Encoding => inner.Encoding;

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
        inner.Flush();
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
        inner.Write(Secrets.RedactForms(text, _forms));
    }
}
