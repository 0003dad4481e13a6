#!/usr/bin/env bash
# Runs every test: builds, starts a throwaway PostgreSQL cluster (inside the test run), runs xunit,
# and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
source "$root/scripts/ensure-postgres.sh"
log="$(mktemp)"
dotnet test "$root/Strata.sln" -c Release --nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
sum() { grep -Eo "$1: +[0-9]+" "$log" | grep -Eo '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum 'Passed'); failed=$(sum 'Failed'); skipped=$(sum 'Skipped')
rm -f "$log"
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "test.sh: dotnet test exited $rc (build or run error)"; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$rc"
