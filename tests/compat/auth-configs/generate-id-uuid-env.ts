// uuid ids; env-driven values with fallbacks where they do not shape the schema; a conditional cookie setting.
import { betterAuth } from "better-auth";
import { anonymous, jwt, username } from "better-auth/plugins";
import { Pool } from "pg";

const isProduction = process.env.NODE_ENV === "production";
const baseURL = process.env.BETTER_AUTH_URL ?? "http://localhost:3000";

export const auth = betterAuth({
  baseURL,
  secret: process.env.AUTH_SECRET || "dev-secret-0123456789abcdef",
  trustedOrigins: [baseURL, ...(process.env.EXTRA_ORIGINS?.split(",") ?? [])],
  database: new Pool({ connectionString: process.env.DATABASE_URL, ssl: isProduction ? { rejectUnauthorized: false } : undefined }),
  advanced: {
    useSecureCookies: isProduction,
    cookiePrefix: "acme",
    database: { generateId: "uuid" },
  },
  plugins: [
    username({ minUsernameLength: 3, maxUsernameLength: 30, usernameValidator: (name) => /^[a-z0-9_]+$/.test(name) }),
    anonymous({ emailDomainName: "anon.acme.dev", onLinkAccount: async () => {} }),
    jwt({ jwks: { keyPairConfig: { alg: "ES256" } }, jwt: { expirationTime: "15m", issuer: baseURL } }),
  ],
});
