// A SaaS auth.ts: organization with teams and dynamic access control, its own additionalFields and renames,
// the plugin list kept in a const next to callbacks that send mail.
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins/organization";
import { multiSession, magicLink } from "better-auth/plugins";
import { Pool } from "pg";

async function sendMail(to: string, subject: string, body: string) {
  console.log(to, subject, body);
}

const orgPlugin = organization({
  teams: { enabled: true, maximumTeams: 10, allowRemovingAllTeams: false },
  dynamicAccessControl: { enabled: true, maximumRolesPerOrganization: 20 },
  membershipLimit: 100,
  sendInvitationEmail: async ({ email, organization }) => sendMail(email, `Join ${organization.name}`, "…"),
  schema: {
    organization: {
      modelName: "workspaces",
      additionalFields: {
        billingEmail: { type: "string", required: false },
        seats: { type: "number", required: false, defaultValue: 5 },
      },
    },
    member: { modelName: "workspace_members", fields: { organizationId: "workspace_id" } },
    invitation: { additionalFields: { note: { type: "string", required: false } } },
  },
});

const plugins = [orgPlugin, multiSession({ maximumSessions: 3 }), magicLink({ sendMagicLink: async ({ email, url }) => sendMail(email, "Sign in", url) })];

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  emailVerification: { sendVerificationEmail: async ({ user, url }) => sendMail(user.email, "Verify", url) },
  plugins,
});
