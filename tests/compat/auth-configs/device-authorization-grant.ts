// The device flow with a token grant of the app's own: the grant keeps a tenant and the requested audiences on each
// device code (its deviceCodeSchemaFields), renamed through the plugin's schema like the plugin's own fields.
import { betterAuth } from "better-auth";
import { deviceAuthorization } from "better-auth/plugins";
import { Pool } from "pg";

const tenantGrant = {
  requestSchemaFields: {},
  deviceCodeSchemaFields: {
    tenantId: { type: "string", required: false, index: true },
    audiences: { type: "string[]", required: false },
    attempts: { type: "number", required: false, defaultValue: 0 },
  },
  authorizeRequest: async ({ request }) => (request.client_id ? { clientId: request.client_id, deviceCodeFields: {} } : undefined),
  assertSessionRedemption: () => {},
  getVerificationContext: () => undefined,
} as const;

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  plugins: [
    deviceAuthorization({
      grant: tenantGrant,
      schema: { deviceCode: { modelName: "device_codes", fields: { tenantId: "tenant_id", userCode: "user_code" } } },
    }),
  ],
});
