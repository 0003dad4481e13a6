// A Redis-style secondary storage (sessions kept in the database too), rate limits in the database, renamed.
import { betterAuth } from "better-auth";
import { Pool } from "pg";

const cache = new Map<string, string>();
const redis = {
  get: async (key: string) => cache.get(key) ?? null,
  set: async (key: string, value: string, ttl?: number) => { cache.set(key, value); },
  delete: async (key: string) => { cache.delete(key); },
};

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  secondaryStorage: redis,
  session: { storeSessionInDatabase: true, preserveSessionInDatabase: true },
  verification: { storeInDatabase: true, modelName: "verification_tokens" },
  rateLimit: {
    enabled: true,
    storage: "database",
    modelName: "rate_limit_buckets",
    fields: { lastRequest: "last_request_at" },
    customRules: { "/sign-in/email": { window: 10, max: 3 } },
  },
});
