// better-auth's tables in a schema of their own (database.schemaName), next to the app's in public: the kysely
// dialect form of `database`, which is the one that takes a schemaName.
import { betterAuth } from "better-auth";
import { twoFactor, deviceAuthorization } from "better-auth/plugins";
import { PostgresDialect } from "kysely";
import { Pool } from "pg";

const AUTH_SCHEMA = "auth";

export const auth = betterAuth({
  database: {
    dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
    type: "postgres",
    schemaName: AUTH_SCHEMA,
  },
  emailAndPassword: { enabled: true },
  user: {
    modelName: "users",
    additionalFields: {
      handle: { type: "string", required: false, unique: true },
      tenant: { type: "string", required: false, index: true },
      invitedBy: { type: "string", required: false, references: { model: "user", field: "id", onDelete: "set null" } },
    },
  },
  session: { additionalFields: { device: { type: "string", required: false } } },
  plugins: [twoFactor({ issuer: "Acme" }), deviceAuthorization({ expiresIn: "10m" })],
});
