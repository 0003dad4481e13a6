// Every core model renamed to a plural snake_case table with snake_case columns, as teams sharing a database with
// other tools write it; the field maps are constants spread into the options.
import { betterAuth } from "better-auth";
import { Pool } from "pg";

const timestamps = { createdAt: "created_at", updatedAt: "updated_at" } as const;

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }),
  user: {
    modelName: "users",
    fields: { ...timestamps, emailVerified: "email_verified", image: "avatar_url" },
  },
  session: {
    modelName: "sessions",
    fields: { ...timestamps, userId: "user_id", expiresAt: "expires_at", ipAddress: "ip_address", userAgent: "user_agent" },
    expiresIn: 60 * 60 * 24 * 30,
    cookieCache: { enabled: true, maxAge: 5 * 60 },
  },
  account: {
    modelName: "accounts",
    fields: {
      ...timestamps,
      userId: "user_id",
      accountId: "account_id",
      providerId: "provider_id",
      accessToken: "access_token",
      refreshToken: "refresh_token",
      idToken: "id_token",
      accessTokenExpiresAt: "access_token_expires_at",
      refreshTokenExpiresAt: "refresh_token_expires_at",
    },
    accountLinking: { enabled: true, trustedProviders: ["google", "github"] },
  },
  verification: { modelName: "verifications", fields: { ...timestamps, expiresAt: "expires_at" } },
});
