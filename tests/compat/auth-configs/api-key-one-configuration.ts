// One API-key configuration in an array, and table options as the second argument: the lone configuration's rate
// limit sets the column defaults, and the second argument's schema is the one the plugin reads.
import { betterAuth } from "better-auth";
import { apiKey } from "@better-auth/api-key";
import { Pool } from "pg";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  plugins: [
    apiKey([{ configId: "cli", rateLimit: { timeWindow: 60 * 1000, maxRequests: 30 } }], {
      schema: { apikey: { fields: { key: "hashed_key" } } },
    }),
  ],
});
