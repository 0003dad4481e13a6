using System.Diagnostics;

namespace Strata.Tests.Lint;

/// <summary>
/// squawk, the reference migration linter: on PATH (PyPI's squawk-cli) or in tests/squawk/node_modules (npm's build,
/// which .ci/run installs when pip cannot). Tests that need it are skipped, saying so, when it is absent.
/// </summary>
public static class Squawk
{
    public static string? Path { get; } = Find();

    public const string SkipReason = "squawk is not installed: run `pip install squawk-cli==2.70.0` or `cd tests/squawk && npm ci` (.ci/run does)";

    /// <summary>squawk's rules that are about locks and rewrites; its others are about clients (renames, drops) or style.</summary>
    public static readonly HashSet<string> LockAndRewriteRules =
    [
        "adding-field-with-default", "adding-foreign-key-constraint", "adding-not-nullable-field", "adding-required-field",
        "adding-serial-primary-key-field", "changing-column-type", "constraint-missing-not-valid", "disallowed-unique-constraint",
        "prefer-text-field", "require-concurrent-index-creation", "require-concurrent-index-deletion", "ban-alter-domain-with-add-constraint",
    ];

    static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(System.IO.Path.Combine(dir, "squawk"))) return System.IO.Path.Combine(dir, "squawk");
        var dirUp = AppContext.BaseDirectory;
        while (dirUp is not null && !File.Exists(System.IO.Path.Combine(dirUp, "Strata.sln"))) dirUp = System.IO.Path.GetDirectoryName(dirUp);
        var local = dirUp is null ? null : System.IO.Path.Combine(dirUp, "tests", "squawk", "node_modules", ".bin", "squawk");
        return local is not null && File.Exists(local) ? local : null;
    }

    /// <summary>Runs squawk over the files with its JSON reporter; returns file name → rule names.</summary>
    public static async Task<Dictionary<string, HashSet<string>>> RunAsync(IEnumerable<string> files, int pgMajor)
    {
        var psi = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--reporter", "json", "--pg-version", $"{pgMajor}.0" }) psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var text = await stdout;
        Assert.True(text.TrimStart().StartsWith('['), $"squawk did not print JSON (exit {p.ExitCode}): {text}{await stderr}");
        var hits = new Dictionary<string, HashSet<string>>();
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        foreach (var v in doc.RootElement.EnumerateArray())
        {
            var file = System.IO.Path.GetFileNameWithoutExtension(v.GetProperty("file").GetString()!);
            if (!hits.TryGetValue(file, out var set)) hits[file] = set = [];
            set.Add(v.GetProperty("rule_name").GetString()!);
        }
        return hits;
    }

    public static string Version()
    {
        var psi = new ProcessStartInfo(Path!, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var v = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return v;
    }
}

/// <summary>A [Fact] skipped, with the reason, when squawk is not installed.</summary>
public sealed class SquawkFactAttribute : FactAttribute
{
    public SquawkFactAttribute()
    {
        if (Squawk.Path is null) Skip = Squawk.SkipReason;
    }
}
