// Enterprise SSO for a multi-tenant SaaS: providers owned by organizations, domains verified by DNS.
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { sso } from "@better-auth/sso";
import { Pool } from "pg";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
  plugins: [
    organization(),
    sso({
      providersLimit: 5,
      trustEmailVerified: false,
      domainVerification: { enabled: true },
      // The plugin's own renames win over schema's, field by field.
      fields: { providerId: "provider_id" },
      schema: { ssoProvider: { modelName: "sso_provider", fields: { providerId: "ignored_id", domainVerified: "domain_verified" } } },
      organizationProvisioning: { disabled: false, defaultRole: "member" },
      provisionUser: async ({ user }) => { console.log(user.id); },
    }),
  ],
});
