using System.Diagnostics;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Scripts;

/// <summary>
/// The checkout's <c>./strata</c> and <c>scripts/publish-aot.sh</c>, run in a copy of the checkout with a stand-in
/// <c>dotnet</c> on PATH: it publishes slowly, file by file, and fails when two publishes use the same intermediate
/// folder at once (what the real SDK does to a shared obj/: it left artifacts/cli without Roslyn). Each build's
/// <c>strata</c> says which build it is. The tests of the JIT build alone run with STRATA_AOT=0 (no NativeAOT build in
/// the background); the others wait for the background build to end.
/// </summary>
public sealed class BuildWrapperTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("strata-wrapper-").FullName;
    readonly string _fakeBin;

    public BuildWrapperTests()
    {
        var repo = NodePgMigrate.RepoRoot;
        File.Copy(Path.Combine(repo, "strata"), Path.Combine(_root, "strata"));
        Directory.CreateDirectory(Path.Combine(_root, "scripts"));
        foreach (var script in Directory.GetFiles(Path.Combine(repo, "scripts"), "*.sh"))
            File.Copy(script, Path.Combine(_root, "scripts", Path.GetFileName(script)));
        File.Copy(Path.Combine(repo, "Directory.Build.props"), Path.Combine(_root, "Directory.Build.props"));
        Write("src/Strata.Cli/Strata.Cli.csproj", "<Project />");
        Write("src/Strata/Migrator.cs", "class Migrator {}");
        _fakeBin = Path.Combine(_root, "fake-bin");
        // The stand-in SDK: `dotnet publish ... -o OUT -p:StrataBuildFlavor=F` writes OUT/strata, waits, then
        // the Roslyn assembly; its intermediate folder is obj/<flavour> (the SDK's default when there is none).
        Write("fake-bin/dotnet", """
            #!/usr/bin/env bash
            set -e
            out=""; flavour=default
            while [ $# -gt 0 ]; do
              case "$1" in -o) out="$2"; shift ;; -p:StrataBuildFlavor=*) flavour="${1#-p:StrataBuildFlavor=}" ;; esac
              shift
            done
            echo "publish $flavour" >>"$FAKE_LOG"
            obj="$FAKE_ROOT/obj-$flavour"
            mkdir "$obj.busy" 2>/dev/null || { echo "obj/ of $flavour is in use by another build" >&2; rm -rf "$out"; exit 1; }
            mkdir -p "$out"
            printf '#!/bin/sh\necho "ran $* (%s)"\n' "$flavour" >"$out/strata"; chmod +x "$out/strata"
            sleep 1
            # A test holds the NativeAOT build here (at most a minute) to see what happens while it is under way.
            for _ in $(seq 600); do [ "$flavour" = aot ] && [ -e "$FAKE_ROOT/hold-aot" ] || break; sleep 0.1; done
            echo roslyn >"$out/Microsoft.CodeAnalysis.CSharp.dll"
            rmdir "$obj.busy"
            """);
        Write("fake-bin/clang", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
            foreach (var f in Directory.GetFiles(_fakeBin).Append(Path.Combine(_root, "strata")))
                File.SetUnixFileMode(f, (UnixFileMode)0b111_101_101);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    string Log => Path.Combine(_root, "dotnet.log");
    string[] Publishes => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n") + "\n");
    }

    Task<CliResult> Run(string script, params string[] args) => Run(script, aot: false, args);

    Task<CliResult> Run(string script, bool aot, params string[] args) => Run(script, aot, ci: false, args);

    Task<CliResult> Run(string script, bool aot, bool ci, params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = _root };
        psi.ArgumentList.Add(Path.Combine(_root, script));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = _fakeBin + ":" + psi.Environment["PATH"];
        psi.Environment["FAKE_LOG"] = Log;
        psi.Environment["FAKE_ROOT"] = _root;
        psi.Environment["STRATA_NO_INSTALL"] = "1";
        psi.Environment["STRATA_AOT"] = aot ? null : "0";
        psi.Environment["CI"] = ci ? "true" : null;
        return StrataCli.RunProcessAsync(psi);
    }

    static void Succeeded(CliResult r) => Assert.True(r.ExitCode == 0, r.ToString());

    [Fact]
    public async Task A_second_run_uses_the_first_build()
    {
        Succeeded(await Run("strata", "status"));
        var second = await Run("strata", "status");

        Succeeded(second);
        Assert.Equal("ran status (cli)", second.Out.Trim());
        Assert.Single(Publishes);
    }

    [Fact]
    public async Task Files_written_under_bin_and_obj_do_not_rebuild()
    {
        Succeeded(await Run("strata", "--version"));
        // What `dotnet build` (./test.sh) and the other flavours leave beside the sources.
        Write("src/Strata/obj/Release/net10.0/Strata.AssemblyInfo.cs", "// generated");
        Write("src/Strata/obj/Strata.csproj.nuget.g.props", "<Project />");
        Write("src/Strata/bin/Release/net10.0/Strata.Core.dll", "dll");

        Succeeded(await Run("strata", "--version"));

        Assert.Single(Publishes);
    }

    [Fact]
    public async Task A_touched_source_rebuilds_only_when_its_content_changed()
    {
        Succeeded(await Run("strata", "--version"));
        var source = Path.Combine(_root, "src/Strata/Migrator.cs");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(1));
        Succeeded(await Run("strata", "--version"));
        Assert.Single(Publishes);

        Write("src/Strata/Migrator.cs", "class Migrator { int changed; }");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddMinutes(2));
        Succeeded(await Run("strata", "--version"));
        Assert.Equal(2, Publishes.Length);
    }

    [Fact]
    public async Task A_removed_source_rebuilds()
    {
        Write("src/Strata/Extra.cs", "class Extra {}");
        Succeeded(await Run("strata", "--version"));
        File.Delete(Path.Combine(_root, "src/Strata/Extra.cs"));
        Directory.SetLastWriteTimeUtc(Path.Combine(_root, "src/Strata"), DateTime.UtcNow.AddMinutes(1));

        Succeeded(await Run("strata", "--version"));

        Assert.Equal(2, Publishes.Length);
    }

    [Fact]
    public async Task The_wrapper_and_the_aot_publish_at_the_same_time_both_leave_complete_builds()
    {
        var runs = await Task.WhenAll(Run("strata", "--version"), Run("scripts/publish-aot.sh"), Run("strata", "--version"));

        foreach (var r in runs) Succeeded(r);
        foreach (var build in new[] { "artifacts/cli", "artifacts/aot", "artifacts/aot/jit" })
            Assert.True(File.Exists(Path.Combine(_root, build, "Microsoft.CodeAnalysis.CSharp.dll")), $"{build} lacks Roslyn");
        // One build of the wrapper's flavour although two wrappers wanted it; the AOT publish's two of its own.
        Assert.Equal(["publish aot", "publish aot-jit", "publish cli"], Publishes.Order());
    }

    [Fact]
    public async Task A_current_aot_build_serves_the_run_without_building_the_jit_one()
    {
        Succeeded(await Run("scripts/publish-aot.sh"));

        var run = await Run("strata", aot: true, "status");

        Succeeded(run);
        Assert.Equal("ran status (aot)", run.Out.Trim());
        Assert.Equal(["publish aot", "publish aot-jit"], Publishes);
    }

    [Fact]
    public async Task Without_an_aot_build_the_jit_build_serves_while_the_aot_build_is_made_in_the_background()
    {
        Write("hold-aot", "");

        var first = await Run("strata", aot: true, "status");

        // The run ended while the background build was still held: it waited for nothing and kept no pipe of ours open.
        Succeeded(first);
        Assert.Equal("ran status (cli)", first.Out.Trim());
        Assert.False(Directory.Exists(Path.Combine(_root, "artifacts/aot")));
        File.Delete(Path.Combine(_root, "hold-aot"));
        await BackgroundBuildEnded();
        var second = await Run("strata", aot: true, "status");
        Assert.Equal("ran status (aot)", second.Out.Trim());
        Assert.Equal(["publish cli", "publish aot", "publish aot-jit"], Publishes);
    }

    [Fact]
    public async Task A_stale_aot_build_is_not_run_and_is_rebuilt_in_the_background()
    {
        Succeeded(await Run("scripts/publish-aot.sh"));
        Write("src/Strata/Migrator.cs", "class Migrator { int changed; }");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src/Strata/Migrator.cs"), DateTime.UtcNow.AddMinutes(1));

        var run = await Run("strata", aot: true, "status");

        Assert.Equal("ran status (cli)", run.Out.Trim());
        await BackgroundBuildEnded();
        Assert.Equal(["publish aot", "publish aot-jit", "publish cli", "publish aot", "publish aot-jit"], Publishes);
    }

    [Fact]
    public async Task A_failed_background_build_is_not_retried_until_a_source_changes()
    {
        Directory.CreateDirectory(Path.Combine(_root, "obj-aot.busy")); // the stand-in SDK fails every NativeAOT publish
        Succeeded(await Run("strata", aot: true, "status"));
        await BackgroundBuildEnded();

        Succeeded(await Run("strata", aot: true, "status"));
        Assert.Equal(["publish cli", "publish aot"], Publishes);

        Write("src/Strata/Migrator.cs", "class Migrator { int changed; }");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src/Strata/Migrator.cs"), DateTime.UtcNow.AddMinutes(1));
        var afterEdit = await Run("strata", aot: true, "status");
        Assert.Equal("ran status (cli)", afterEdit.Out.Trim());
        await BackgroundBuildEnded();
        Assert.Equal(["publish cli", "publish aot", "publish cli", "publish aot"], Publishes);
    }

    [Fact]
    public async Task A_failed_nativeaot_publish_is_not_made_current_by_the_jit_publish_after_it()
    {
        Directory.CreateDirectory(Path.Combine(_root, "obj-aot.busy")); // the stand-in SDK fails every NativeAOT publish

        var publish = await Run("scripts/publish-aot.sh");

        Assert.NotEqual(0, publish.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_root, "artifacts/aot")), "a build without its NativeAOT strata was made current");
        Assert.Equal(["publish aot"], Publishes);
    }

    [Fact]
    public async Task Under_CI_the_jit_build_serves_and_no_background_build_is_started()
    {
        var run = await Run("strata", aot: true, ci: true, "status");

        Succeeded(run);
        Assert.Equal("ran status (cli)", run.Out.Trim());
        Assert.False(File.Exists(Path.Combine(_root, "artifacts/aot.log")));
        Assert.Equal(["publish cli"], Publishes);
    }

    [Fact]
    public async Task STRATA_AOT_0_runs_the_jit_build_although_a_current_aot_build_exists()
    {
        Succeeded(await Run("scripts/publish-aot.sh"));

        var run = await Run("strata", "status");

        Assert.Equal("ran status (cli)", run.Out.Trim());
    }

    /// <summary>Waits until the background NativeAOT build has ended: the last line of its log says so.</summary>
    async Task BackgroundBuildEnded()
    {
        var log = Path.Combine(_root, "artifacts/aot.log");
        for (var i = 0; i < 600; i++)
        {
            var last = File.Exists(log) ? File.ReadAllLines(log).LastOrDefault() ?? "" : "";
            if (last.StartsWith("publish_in_background: done") || last.StartsWith("publish_in_background: failed")) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the background NativeAOT build did not end within a minute");
    }
}
