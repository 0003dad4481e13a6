#!/usr/bin/env bash
# The Node side of bench scenario 4, as a deploy script would run it: better-auth's CLI applies the auth
# tables, then node-pg-migrate the app's TypeScript migrations, on the database FRESH_URL names.
# Usage: node-deploy.sh NODE AUTH_CLI AUTH_CONFIG NODE_PG_MIGRATE MIGRATIONS_DIR
set -euo pipefail
node="$1" authcli="$2" config="$3" npgm="$4" dir="$5"
DATABASE_URL="$FRESH_URL" "$node" "$authcli" migrate --config "$config" -y
"$node" "$npgm" up -m "$dir" -d FRESH_URL
