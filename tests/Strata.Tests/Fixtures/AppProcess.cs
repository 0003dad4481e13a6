using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Strata.Tests.Fixtures;

/// <summary>A built app run as a process: its output kept, a web app's URL read from Kestrel's "Now listening on" line.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();
    readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    AppProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static AppProcess Start(ProcessStartInfo start) => new(start);

    public string Output { get { lock (_output) return _output.ToString(); } }

    void Read(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (Regex.Match(line, @"Now listening on: (http://\S+)") is { Success: true } m) _listening.TrySetResult(m.Groups[1].Value);
    }

    /// <summary>The URL the web app listens on (started with ASPNETCORE_URLS=http://127.0.0.1:0).</summary>
    public async Task<string> ListeningAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(timeout));
        if (first != _listening.Task) throw new TimeoutException($"The app did not start listening (exited: {_process.HasExited}):\n{Output}");
        return await _listening.Task;
    }

    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Runs a command to its end: its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        await using var p = Start(start);
        return (await p.ExitCodeAsync(timeout), p.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
