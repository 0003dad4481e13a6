// better-auth built from the same JSON Strata reads (the "auth" section, in the file STRATA_OPTIONS names),
// on the database DATABASE_URL names. Used by auth.ts (for the better-auth CLI) and by signup.mjs.
// Only translation: a plugin name becomes the plugin, and a date field's defaultValue "now" becomes
// better-auth's () => new Date() (JSON cannot hold a function).
import { readFileSync } from "node:fs";
import pg from "pg";
import { PostgresDialect } from "kysely";
import { betterAuth } from "better-auth";
import * as P from "better-auth/plugins";

const factories = {
  username: (o) => P.username(o), twoFactor: (o) => P.twoFactor(o), organization: (o) => P.organization(o),
  admin: (o) => P.admin(o), jwt: (o) => P.jwt(o), anonymous: (o) => P.anonymous(o),
  phoneNumber: (o) => P.phoneNumber({ sendOTP: async () => {}, ...o }), multiSession: (o) => P.multiSession(o),
  magicLink: (o) => P.magicLink({ sendMagicLink: async () => {}, ...o }),
  emailOTP: (o) => P.emailOTP({ sendVerificationOTP: async () => {}, ...o }),
  siwe: (o) => P.siwe({ domain: "example.com", getNonce: async () => "nonce", verifyMessage: async () => true, ...o }),
  lastLoginMethod: (o) => P.lastLoginMethod(o), bearer: (o) => P.bearer(o), oneTimeToken: (o) => P.oneTimeToken(o),
};

// JSON's "secondaryStorage": true stands for a storage object (better-auth only checks that one is set).
const memory = new Map();
const storage = { get: async (k) => memory.get(k) ?? null, set: async (k, v) => { memory.set(k, v); }, delete: async (k) => { memory.delete(k); } };

export function options() {
  const json = JSON.parse(readFileSync(process.env.STRATA_OPTIONS, "utf8"));
  const plugins = (json.plugins ?? []).map((p) => {
    const { name, ...o } = typeof p === "string" ? { name: p } : p;
    if (!factories[name]) throw new Error(`compat: no factory for plugin ${name}`);
    return factories[name](o);
  });
  for (const t of ["user", "session", "account", "verification"])
    for (const f of Object.values(json[t]?.additionalFields ?? {}))
      if (f.type === "date" && f.defaultValue === "now") f.defaultValue = () => new Date();
  return { ...json, plugins, ...(json.secondaryStorage === true ? { secondaryStorage: storage } : {}) };
}

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const read = options();

// JSON's "database" holds only what shapes the schema (schemaName); the connection is the pool, through kysely's
// dialect form when a schemaName needs it.
export const auth = betterAuth({
  ...read,
  baseURL: "http://localhost:3000",
  secret: process.env.BETTER_AUTH_SECRET ?? "0123456789abcdef0123456789abcdef",
  database: read.database?.schemaName ? { dialect: new PostgresDialect({ pool }), type: "postgres", schemaName: read.database.schemaName } : pool,
});
