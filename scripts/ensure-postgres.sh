#!/usr/bin/env bash
# Makes sure the PostgreSQL server programs (initdb, pg_ctl) are on this machine, installing Debian's
# `postgresql` package when they are missing and we may (root, or password-less sudo). Used by the
# checkout's ./strata and ./test.sh so a fresh clone works on a fresh machine; the Strata tool itself
# never installs anything (without the programs it exits 2 and prints this install command).
have_pg_server() {
  [ -n "${STRATA_PG_BINDIR:-}" ] && [ -x "$STRATA_PG_BINDIR/initdb" ] && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && return 0
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}
if ! have_pg_server && command -v apt-get >/dev/null 2>&1 && [ -z "${STRATA_NO_INSTALL:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="-"; fi
  if [ "$sudo" != "-" ]; then
    echo "Installing the PostgreSQL server programs (apt-get install -y postgresql)…" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2 \
      || echo "Could not install postgresql; install it yourself: sudo apt-get install -y postgresql" >&2
  fi
fi
