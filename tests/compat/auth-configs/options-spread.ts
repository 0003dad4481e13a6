// Options assembled from shared pieces with spreads, a function-valued hook block and social providers.
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { admin, organization } from "better-auth/plugins";
import { Pool } from "pg";

const base = {
  emailAndPassword: { enabled: true, minPasswordLength: 12 },
  user: { deleteUser: { enabled: true }, changeEmail: { enabled: true } },
};

const userExtras = {
  additionalFields: { company: { type: "string", required: false }, onboarded: { type: "boolean", defaultValue: false, input: false } },
};

const corePlugins = [admin(), organization()];

export const auth = betterAuth({
  ...base,
  user: { ...base.user, ...userExtras },
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  socialProviders: {
    google: { clientId: process.env.GOOGLE_CLIENT_ID!, clientSecret: process.env.GOOGLE_CLIENT_SECRET!, prompt: "select_account" },
  },
  databaseHooks: {
    session: { create: { before: async (session) => ({ data: { ...session } }) } },
  },
  plugins: [...corePlugins, nextCookies()],
});
