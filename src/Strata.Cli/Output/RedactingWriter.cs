namespace Strata.Cli.Output;

/// <summary>
/// Wraps stdout/stderr so no known secret leaves the process, whatever code wrote the text.
/// Secrets are registered as soon as they are known (the URL is resolved before anything connects).
/// </summary>
internal sealed class RedactingWriter(TextWriter inner) : TextWriter
{
    readonly List<string> _secrets = [];

    public override System.Text.Encoding Encoding => inner.Encoding;

    public void AddSecrets(IEnumerable<string> secrets)
    {
        foreach (var s in secrets)
            if (!_secrets.Contains(s)) _secrets.Add(s);
        _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public override void Write(char value) => inner.Write(value);
    public override void Write(string? value) => inner.Write(value is null ? null : Secrets.Redact(value, _secrets));
    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Secrets.Redact(value, _secrets));
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
    public override void Flush() => inner.Flush();
}
