// betterAuth not exported directly; serial ids; a plugin schema rename; siwe and bearer.
import { betterAuth as createAuth } from "better-auth";
import { bearer, siwe, twoFactor } from "better-auth/plugins";
import { Pool } from "pg";

const TABLE_PREFIX = "app";
const auth = createAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  advanced: { database: { generateId: "serial" } },
  plugins: [
    twoFactor({ twoFactorTable: `${TABLE_PREFIX}_two_factor`, schema: { twoFactor: { fields: { secret: "totp_secret" } } } }),
    siwe({ domain: "example.com", getNonce: async () => "n", verifyMessage: async () => true }),
    bearer(),
  ],
});

export { auth };
