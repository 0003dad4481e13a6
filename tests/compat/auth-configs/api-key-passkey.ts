// The separately published plugins, each from its own package, next to core ones; a kysely dialect instead of a Pool.
import { betterAuth } from "better-auth";
import { apiKey } from "@better-auth/api-key";
import { passkey } from "@better-auth/passkey";
import { admin } from "better-auth/plugins/admin";
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

const dialect = new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) });

export const auth = betterAuth({
  database: { dialect, type: "postgres" },
  emailAndPassword: { enabled: true, autoSignIn: false },
  plugins: [
    apiKey({ defaultPrefix: "sk_", enableMetadata: true, rateLimit: { enabled: true, timeWindow: 1000 * 60, maxRequests: 50 } }),
    passkey({ rpID: "localhost", rpName: "Acme", origin: "http://localhost:3000" }),
    admin({ adminRoles: ["admin"], impersonationSessionDuration: 60 * 60 }),
  ],
});
