// src/lib/auth.ts of a Next.js app: a pg Pool, env vars, callbacks, plugins aliased and kept in a const.
import { betterAuth, type BetterAuthOptions } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { admin as adminPlugin, organization, twoFactor, username } from "better-auth/plugins";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const APP = "acme";

const plugins = [
  username({ minUsernameLength: 4 }),
  twoFactor({ issuer: `${APP} app` }),
  organization({ teams: { enabled: true }, sendInvitationEmail: async () => {} }),
  adminPlugin({ defaultRole: "member" }),
];

const userFields = {
  additionalFields: {
    locale: { type: "string", required: false, defaultValue: "en", input: true },
    credits: { type: "number", defaultValue: 10, input: false },
    joinedAt: { type: "date", defaultValue: () => new Date() },
    tags: { type: "string[]", required: false },
    plan: { type: ["free", "pro"], required: false },
    referrerId: { type: "string", required: false, references: { model: "user", field: "id", onDelete: "set null" } },
  },
} as const;

export const auth = betterAuth({
  appName: APP,
  baseURL: process.env.BETTER_AUTH_URL,
  secret: process.env.BETTER_AUTH_SECRET!,
  database: pool,
  emailAndPassword: {
    enabled: true,
    sendResetPassword: async ({ user, url }) => { console.log(user.email, url); },
  },
  socialProviders: { github: { clientId: process.env.GITHUB_ID as string, clientSecret: process.env.GITHUB_SECRET as string } },
  user: { ...userFields, modelName: `${APP}_users`, fields: { email: "email_address" } },
  session: { expiresIn: 60 * 60 * 24 * 7, additionalFields: { deviceId: { type: "string", required: false, index: true } } },
  databaseHooks: { user: { create: { before: async (u) => ({ data: u }) } } },
  plugins: [...plugins, nextCookies()],
  advanced: { database: { generateId: "uuid" } },
} satisfies BetterAuthOptions);
