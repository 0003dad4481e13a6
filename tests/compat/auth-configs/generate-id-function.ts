// generateId as a function (text ids, as better-auth's own), an exported default with `as const` on a helper object.
import { betterAuth } from "better-auth";
import { emailOTP, oneTimeToken, bearer } from "better-auth/plugins";
import { randomUUID } from "node:crypto";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const sessionConfig = { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24, freshAge: 0 } as const;

export default betterAuth({
  database: pool,
  session: sessionConfig,
  advanced: { database: { generateId: ({ model }) => `${model}_${randomUUID()}` } },
  plugins: [emailOTP({ otpLength: 8, sendVerificationOTP: async ({ email, otp }) => console.log(email, otp) }), oneTimeToken({ expiresIn: 10 }), bearer()],
});
