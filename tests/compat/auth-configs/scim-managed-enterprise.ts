// Enterprise tenants: organizations with SSO, and SCIM connections each tenant manages itself (managedConnections
// adds the connection, credential and event tables), bearer tokens verified by the app.
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { sso } from "@better-auth/sso";
import { scim } from "@better-auth/scim";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const auth = betterAuth({
  database: pool,
  emailAndPassword: { enabled: true },
  plugins: [
    organization({ teams: { enabled: true } }),
    sso(),
    scim({
      connections: [],
      authentication: { verifyBearerToken: async ({ token }) => (token === process.env.SCIM_ADMIN_TOKEN ? null : null) },
      managedConnections: {
        credentialHashSecret: process.env.SCIM_HASH_SECRET ?? "a-development-secret-of-32-chars!!",
        maxActiveCredentials: 3,
        lastUsedWriteIntervalSeconds: 60,
      },
    }),
  ],
});
