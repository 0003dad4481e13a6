#!/usr/bin/env bash
# Packs every package into artifacts/packages (a local feed):
#   Strata              the engine (Npgsql; no Roslyn)
#   Strata.CSharp       compiles .cs migration files at run time (Roslyn)
#   Strata.Hosting      migrate on start-up, health check, logging and telemetry in a .NET host
#   Strata.Cli          the `strata` tool: a pointer package, Strata.Cli.linux-x64 (NativeAOT + JIT companion) and
#                       Strata.Cli.any (framework-dependent, every other platform)
# Needs clang for NativeAOT (installs Debian's when missing and allowed, as publish-aot.sh does).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/packages"
version="${STRATA_VERSION:-0.1.0}"
if ! command -v clang >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi
  echo "pack: installing clang (NativeAOT's linker)…" >&2
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang zlib1g-dev >&2
fi
rm -rf "$out" && mkdir -p "$out"
common=(-c Release -o "$out" --nologo -v quiet -p:Version="$version")
for project in Strata Strata.CSharp Strata.Hosting; do
  [ -f "$root/src/$project/$project.csproj" ] && dotnet pack "$root/src/$project/$project.csproj" "${common[@]}" >&2
done
cli="$root/src/Strata.Cli/Strata.Cli.csproj"
dotnet pack "$cli" "${common[@]}" >&2                 # the pointer package: which RIDs exist
dotnet pack "$cli" -r any "${common[@]}" >&2          # framework-dependent, any platform with .NET 10
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  dotnet pack "$cli" -r linux-x64 "${common[@]}" >&2  # NativeAOT (cannot be cross-compiled: packed on linux-x64)
fi
ls -l "$out"/*.nupkg >&2
echo "$out"
