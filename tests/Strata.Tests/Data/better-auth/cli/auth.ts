// Builds better-auth options from the same JSON Strata reads (STRATA_OPTIONS = path).
// Only translation: a plugin name becomes the plugin, and a date field's defaultValue "now"
// becomes better-auth's () => new Date() (JSON cannot hold a function).
import { readFileSync } from "node:fs";
import { Pool } from "pg";
import { betterAuth } from "better-auth";
import * as P from "better-auth/plugins";
import { passkey } from "@better-auth/passkey";
import { apiKey } from "@better-auth/api-key";

const json = JSON.parse(readFileSync(process.env.STRATA_OPTIONS!, "utf8"));
const factories: Record<string, (o: any) => any> = {
  username: (o) => P.username(o), twoFactor: (o) => P.twoFactor(o), organization: (o) => P.organization(o),
  admin: (o) => P.admin(o), apiKey: (o) => apiKey(o), passkey: (o) => passkey(o), jwt: (o) => P.jwt(o),
  anonymous: (o) => P.anonymous(o), phoneNumber: (o) => P.phoneNumber(o), multiSession: (o) => P.multiSession(o),
  magicLink: (o) => P.magicLink({ sendMagicLink: async () => {}, ...o }),
  emailOTP: (o) => P.emailOTP({ sendVerificationOTP: async () => {}, ...o }),
};
const plugins = (json.plugins ?? []).map((p: any) => {
  const { name, ...o } = typeof p === "string" ? { name: p } : p;
  return factories[name](o);
});
for (const t of ["user", "session", "account", "verification"]) {
  for (const f of Object.values<any>(json[t]?.additionalFields ?? {}))
    if (f.type === "date" && f.defaultValue === "now") f.defaultValue = () => new Date();
}
export const auth = betterAuth({
  ...json,
  plugins,
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
});
