// Plugin schemas renamed table by table and field by field; a username column renamed in the user table.
import { betterAuth } from "better-auth";
import * as plugins from "better-auth/plugins";
import { Pool } from "pg";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  plugins: [
    plugins.username({ schema: { user: { fields: { username: "user_name", displayUsername: "display_user_name" } } } }),
    plugins.admin({ schema: { user: { fields: { banReason: "ban_reason", banExpires: "ban_expires" } }, session: { fields: { impersonatedBy: "impersonated_by" } } } }),
    plugins.jwt({ schema: { jwks: { modelName: "jwt_keys", fields: { publicKey: "public_key", privateKey: "private_key" } } } }),
    plugins.twoFactor({ schema: { twoFactor: { modelName: "mfa_secrets", fields: { backupCodes: "backup_codes", userId: "user_id" } }, user: { fields: { twoFactorEnabled: "mfa_enabled" } } } }),
  ],
});
