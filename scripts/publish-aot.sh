#!/usr/bin/env bash
# Publishes the production build of the CLI into artifacts/aot:
#   artifacts/aot/strata      NativeAOT: starts in milliseconds; runs SQL migrations, the auth track, status
#   artifacts/aot/jit/strata  JIT (ReadyToRun) with Roslyn: the AOT binary hands a command to it when C#
#                             migrations must be compiled and run
# Needs clang (NativeAOT's linker); installs Debian's when missing and allowed (root or sudo).
# Only when a source changed since the last publish; staged and swapped whole (scripts/atomic-publish.sh), with
# intermediate folders of its own, so it can run while ./strata or ./test.sh builds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/atomic-publish.sh"
out="$root/artifacts/aot"
if ! command -v clang >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo -n"; fi
  echo "publish-aot: installing clang (NativeAOT's linker)…" >&2
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang zlib1g-dev >&2
fi
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
aot_publish() {
  local stage="$1" cli="$root/src/Strata.Cli/Strata.Cli.csproj"
  # Chained: set -e does not stop a function called as a condition (publish_atomically's), and a failed NativeAOT
  # publish followed by a good JIT one used to be made current without its strata.
  dotnet publish "$cli" -c Release -r "$rid" -p:PublishAot=true -p:StrataBuildFlavor=aot -o "$stage" --nologo -v quiet >&2 &&
    dotnet publish "$cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -p:StrataBuildFlavor=aot-jit -o "$stage/jit" --nologo -v quiet >&2 &&
    rm -f "$stage"/*.dbg "$stage"/*.xml "$stage"/*.pdb
}
publish_locked "$root" aot aot_publish
echo "$out/strata"
