// Two kinds of API keys (apiKey's array form): public keys with a tight rate limit, internal ones without. The
// table's options come as the plugin's second argument; with several configurations the rate-limit columns keep
// better-auth's defaults.
import { betterAuth } from "better-auth";
import { apiKey } from "@better-auth/api-key";
import { Pool } from "pg";

const DAY = 24 * 60 * 60 * 1000;

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
  plugins: [
    apiKey(
      [
        { configId: "public", defaultPrefix: "pk_", rateLimit: { enabled: true, timeWindow: DAY, maxRequests: 1000 } },
        { configId: "internal", defaultPrefix: "ik_", rateLimit: { enabled: false }, enableMetadata: true },
      ],
      { schema: { apikey: { modelName: "api_keys", fields: { referenceId: "owner_id" } } } },
    ),
  ],
});
