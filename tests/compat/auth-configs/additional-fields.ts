// additionalFields of every type: defaults, required, unique, references, input: false, fieldName, index.
import { betterAuth } from "better-auth";
import { Pool } from "pg";

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  user: {
    additionalFields: {
      firstName: { type: "string", required: true, fieldName: "first_name" },
      lastName: { type: "string", required: false, fieldName: "last_name" },
      handle: { type: "string", required: false, unique: true },
      age: { type: "number", required: false },
      balance: { type: "number", defaultValue: 0, input: false },
      newsletter: { type: "boolean", defaultValue: false, required: false },
      verifiedAt: { type: "date", required: false },
      lastSeenAt: { type: "date", defaultValue: () => new Date(), input: false },
      settings: { type: "json", required: false },
      roles: { type: "string[]", defaultValue: ["reader"] },
      scores: { type: "number[]", required: false },
      tier: { type: ["bronze", "silver", "gold"], defaultValue: "bronze", input: false },
      invitedBy: { type: "string", required: false, references: { model: "user", field: "id", onDelete: "set null" } },
      teamCode: { type: "string", required: false, index: true },
    },
  },
  session: {
    additionalFields: {
      activeWorkspace: { type: "string", required: false },
      impersonatedBy: { type: "string", required: false, references: { model: "user", field: "id" } },
    },
  },
  account: { additionalFields: { scopeNote: { type: "string", required: false, defaultValue: "none" } } },
});
