// Options declared first, `satisfies`, exported by default; separately listed plugins under a namespace import.
import { betterAuth } from "better-auth";
import type { BetterAuthOptions } from "better-auth";
import * as plugins from "better-auth/plugins";
import pg from "pg";

const options = {
  database: new pg.Pool({ connectionString: process.env.DATABASE_URL }),
  secondaryStorage: {
    get: async (key: string) => null,
    set: async (key: string, value: string) => {},
    delete: async (key: string) => {},
  },
  session: { storeSessionInDatabase: true },
  rateLimit: { storage: "database", modelName: "rate_limits", window: 10, max: 100 },
  advanced: { database: { generateId: () => crypto.randomUUID() } },
  plugins: [plugins.jwt({ jwks: { keyPairConfig: { alg: "EdDSA" } } }), plugins.anonymous(), plugins.lastLoginMethod({ storeInDatabase: true })],
} satisfies BetterAuthOptions;

export default betterAuth(options);
