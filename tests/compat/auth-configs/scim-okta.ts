// SCIM provisioning from Okta with a static bearer credential per connection.
import { betterAuth } from "better-auth";
import { scim } from "@better-auth/scim";
import { Pool } from "pg";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
  user: { additionalFields: { department: { type: "string", required: false } } },
  plugins: [
    scim({
      connections: [
        {
          id: "okta-production",
          credentials: [{ id: "okta-2026", token: process.env.SCIM_TOKEN ?? "dev-token-okta-0001" }],
        },
      ],
    }),
  ],
});
