// The config file better-auth's CLI loads in bench scenario 4 (`auth migrate --config bench/auth.ts -y`):
// better-auth built from the `auth` section of the .migraterc.json that BENCH_MIGRATERC names (the chat
// example's), the same JSON Strata reads, on the database DATABASE_URL names.
import { readFileSync } from "node:fs";
import pg from "pg";
import { betterAuth } from "better-auth";

const config = JSON.parse(readFileSync(process.env.BENCH_MIGRATERC ?? "", "utf8"));

export const auth = betterAuth({
  ...config.auth,
  baseURL: "http://localhost:3000",
  secret: process.env.BETTER_AUTH_SECRET ?? "0123456789abcdef0123456789abcdef",
  database: new pg.Pool({ connectionString: process.env.DATABASE_URL }),
});
