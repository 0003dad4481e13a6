// An OAuth 2.1 / OIDC provider for MCP clients (Next.js, src/lib/auth.ts): access tokens signed by the jwt plugin's keys.
import { betterAuth } from "better-auth";
import { jwt } from "better-auth/plugins";
import { oauthProvider } from "@better-auth/oauth-provider";
import { Pool } from "pg";

const HOUR = 60 * 60;

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  baseURL: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
  emailAndPassword: { enabled: true },
  disabledPaths: ["/token"],
  plugins: [
    jwt({ jwks: { keyPairConfig: { alg: "EdDSA", crv: "Ed25519" } }, jwt: { expirationTime: "15m" } }),
    oauthProvider({
      loginPage: "/sign-in",
      consentPage: "/consent",
      scopes: ["openid", "profile", "email", "offline_access", "mcp:tools"],
      accessTokenExpiresIn: HOUR,
      refreshTokenExpiresIn: 30 * 24 * HOUR,
      allowDynamicClientRegistration: true,
      allowUnauthenticatedClientRegistration: true,
      storeClientSecret: "hashed",
      customAccessTokenClaims: async ({ user }) => ({ tier: user?.emailVerified ? "verified" : "new" }),
    }),
  ],
});
