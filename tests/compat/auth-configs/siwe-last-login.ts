// Web3 sign-in with a wallet table, the last login method stored in the database, a template-literal table name.
import { betterAuth } from "better-auth";
import { siwe, lastLoginMethod } from "better-auth/plugins";
import { Pool } from "pg";

const PREFIX = "web3";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  plugins: [
    siwe({
      domain: process.env.SIWE_DOMAIN ?? "localhost",
      emailDomainName: "wallet.local",
      anonymous: true,
      getNonce: async () => crypto.randomUUID(),
      verifyMessage: async () => true,
      schema: { walletAddress: { modelName: `${PREFIX}_wallets` } },
    }),
    lastLoginMethod({ storeInDatabase: true, customResolveMethod: () => null }),
  ],
});
