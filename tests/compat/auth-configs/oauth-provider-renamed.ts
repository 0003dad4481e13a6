// An OIDC provider on a snake_case schema with uuid ids: every OAuth table and the columns that other
// tables reference (clientId, identifier) or that the composite index covers are renamed through `schema`.
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { jwt as jwtPlugin } from "better-auth/plugins";
import * as oauth from "@better-auth/oauth-provider";
import { Pool } from "pg";

const snake = {
  oauthClient: { modelName: "oauth_client", fields: { clientId: "client_id", clientSecret: "client_secret", redirectUris: "redirect_uris", userId: "user_id" } },
  oauthResource: { modelName: "oauth_resource", fields: { identifier: "resource_identifier" } },
  oauthClientResource: { modelName: "oauth_client_resource", fields: { clientId: "client_id", resourceId: "resource_id" } },
  oauthRefreshToken: { modelName: "oauth_refresh_token", fields: { sessionId: "session_id" } },
  oauthAccessToken: { modelName: "oauth_access_token", fields: { refreshId: "refresh_id", clientId: "client_id" } },
  oauthConsent: { modelName: "oauth_consent" },
  oauthClientAssertion: { modelName: "oauth_client_assertion", fields: { expiresAt: "expires_at" } },
} as const;

const options = {
  baseURL: "https://auth.example.com",
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  user: { modelName: "users" },
  session: { modelName: "sessions", fields: { userId: "user_id" } },
  account: { modelName: "accounts" },
  advanced: { database: { generateId: "uuid" } },
  plugins: [
    jwtPlugin({ schema: { jwks: { modelName: "jwks_keys" } } }),
    oauth.oauthProvider({
      loginPage: "/login",
      consentPage: "/oauth/consent",
      disableJwtPlugin: false,
      resources: [{ identifier: "https://api.example.com", name: "API" }],
      schema: snake,
    }),
  ],
} satisfies BetterAuthOptions;

export const auth = betterAuth(options);
