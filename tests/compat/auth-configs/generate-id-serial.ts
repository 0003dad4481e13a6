// serial ids with the core and plugin tables, renamed user table; the options object typed, then passed.
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { twoFactor, phoneNumber } from "better-auth/plugins";
import { Pool } from "pg";

const authOptions: BetterAuthOptions = {
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  user: { modelName: "accounts_user" },
  advanced: { database: { generateId: "serial" } },
  plugins: [
    twoFactor({ issuer: "Acme", otpOptions: { sendOTP: async () => {} } }),
    phoneNumber({ sendOTP: async ({ phoneNumber, code }) => console.log(phoneNumber, code), signUpOnVerification: { getTempEmail: (p) => `${p}@acme.dev` } }),
  ],
};

export const auth = betterAuth(authOptions);
