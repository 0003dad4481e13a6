// A CLI app signing in through the device flow (RFC 8628), with the device-code table renamed to snake_case.
import { betterAuth } from "better-auth";
import { deviceAuthorization, bearer } from "better-auth/plugins";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const auth = betterAuth({
  database: pool,
  emailAndPassword: { enabled: true },
  plugins: [
    bearer(),
    deviceAuthorization({
      expiresIn: "15m",
      interval: "5s",
      userCodeLength: 8,
      verificationUri: "/device",
      validateClient: async (clientId) => clientId === "acme-cli",
      schema: { deviceCode: { modelName: "device_code", fields: { userCode: "user_code", deviceCode: "device_code" } } },
    }),
  ],
});
