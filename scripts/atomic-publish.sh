# Sourced by ./strata and scripts/publish-aot.sh: a build of the CLI into artifacts/NAME that is redone only when
# an input really changed, never half-visible, and never two at once; or made in the background (publish_in_background).
#
# artifacts/NAME is a symbolic link to one complete build in artifacts/NAME.builds/. A build is staged in a fresh
# folder there and the link is swapped by rename(2), so a reader (a starting ./strata, a JIT companion loading
# Roslyn late) sees the old build or the new one, whole. A running process keeps its own build folder (its
# executable resolves through the link once); the last few are kept for that reason.
#
# Each build holds .inputs: the hash of the sources it was built from, its time the moment the build started.
# Nothing newer than it under the inputs (the usual case) means current, without reading any file; something
# newer (an edit, a checkout, a touch) means comparing the hash, so a touch alone does not rebuild. bin/ and obj/
# are not inputs: ./test.sh and the other flavours write there.

# The build inputs, relative to the checkout: src/ (without bin/ and obj/) and the files above it that steer the build.
build_inputs() {
  (cd "$1" && find src \( -name bin -o -name obj \) -prune -o -type f -print; ls Directory.Build.props global.json NuGet.config nuget.config 2>/dev/null || true) | LC_ALL=C sort
}

build_inputs_hash() { # ROOT
  (cd "$1" && build_inputs . | tr '\n' '\0' | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

build_is_current() { # ROOT LINK: true when LINK holds a build of the current inputs
  local root="$1" stamp="$2/.inputs" now
  [ -f "$stamp" ] || return 1
  [ -n "$(cd "$root" && find src Directory.Build.props global.json \( -name bin -o -name obj \) -prune -o -newer "$stamp" -print -quit 2>/dev/null)" ] || return 0
  now="$(date +%s)"
  [ "$(build_inputs_hash "$root")" = "$(cat "$stamp")" ] || return 1
  # Same content: remember that, so the next run takes the quick path (as of before the hash, not to miss an edit).
  touch -d "@$now" "$stamp" 2>/dev/null || true
}

stamp_inputs() { # DIR HASH STARTED: DIR was built from the inputs of HASH, read from STARTED on
  echo "$2" >"$1/.inputs"
  touch -d "@$3" "$1/.inputs"
}

publish_locked() { # ROOT NAME BUILD_COMMAND...: under artifacts/.NAME.lock, builds unless current; the command gets the stage folder
  local root="$1" name="$2"; shift 2
  mkdir -p "$root/artifacts"
  local fd
  exec {fd}>"$root/artifacts/.$name.lock"
  flock "$fd"
  # Another run may have built it while this one waited for the lock.
  if ! build_is_current "$root" "$root/artifacts/$name"; then
    publish_atomically "$root" "$name" "$@" || { exec {fd}>&-; return 1; }
  fi
  exec {fd}>&-
}

publish_atomically() { # ROOT NAME BUILD_COMMAND...
  local root="$1" name="$2"; shift 2
  local builds="$root/artifacts/$name.builds" link="$root/artifacts/$name" started hash stage
  mkdir -p "$builds"
  started="$(date +%s)"
  hash="$(build_inputs_hash "$root")"
  stage="$(mktemp -d "$builds/build.XXXXXX")"
  chmod 755 "$stage"
  if ! "$@" "$stage"; then rm -rf "$stage"; return 1; fi
  stamp_inputs "$stage" "$hash" "$started"
  # A checkout from before the link: its artifacts/NAME is a plain folder; it becomes an old build.
  if [ -d "$link" ] && [ ! -L "$link" ]; then mv "$link" "$builds/legacy.$$"; fi
  ln -sfn "$name.builds/$(basename "$stage")" "$root/artifacts/.$name.next.$$"
  mv -Tf "$root/artifacts/.$name.next.$$" "$link"
  # Keep the new build and the two newest others (processes started a moment ago may still load from them).
  ls -1dt "$builds"/*/ 2>/dev/null | { grep -vxF "$stage/" || true; } | tail -n +3 | xargs -r rm -rf
}

# Runs SCRIPT (which publishes artifacts/NAME through publish_locked) detached from this process: in a session of its
# own (a Ctrl-C meant for the caller does not stop it), at idle CPU priority (what the caller runs meanwhile keeps the
# cores), with MSBuild and the compiler in processes of its own (a build server left by an earlier build would run
# its work at normal priority), output in artifacts/NAME.log. Not when a build of NAME is under way (it holds the
# lock), nor again after one failed on the same inputs (artifacts/NAME.failed; a changed source retries). The log's
# last line says when it has ended.
publish_in_background() { # ROOT NAME SCRIPT
  local root="$1" name="$2" script="$3" failed="$1/artifacts/$2.failed"
  build_is_current "$root" "$failed" && return 0
  mkdir -p "$root/artifacts"
  (flock -n 9) 9>"$root/artifacts/.$name.lock" || return 0
  local detach=() idle=(nice -n 19)
  if command -v setsid >/dev/null 2>&1; then detach=(setsid -w); fi
  if command -v chrt >/dev/null 2>&1; then idle=(chrt --idle 0 nice -n 19); fi
  local log="$root/artifacts/$name.log"
  echo "publish_in_background: $script (started $(date -u '+%F %T') UTC)" >"$log"
  (
    exec </dev/null >>"$log" 2>&1
    export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
    started="$(date +%s)"
    hash="$(build_inputs_hash "$root")"
    if "${detach[@]}" "${idle[@]}" bash "$script"; then
      echo "publish_in_background: done"
    else
      rm -rf "$failed" && mkdir -p "$failed" && stamp_inputs "$failed" "$hash" "$started"
      echo "publish_in_background: failed; not tried again until a source changes"
    fi
  ) &
}
