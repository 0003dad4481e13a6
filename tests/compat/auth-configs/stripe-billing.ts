// Billing with Stripe: subscriptions for users and organizations, plans from constants.
import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { stripe } from "@better-auth/stripe";
import { Pool } from "pg";

const plans = [
  { name: "basic", priceId: "price_basic", limits: { projects: 5 } },
  { name: "pro", priceId: "price_pro", annualDiscountPriceId: "price_pro_year", freeTrial: { days: 14 } },
];

// The Stripe SDK is only called at runtime; a stand-in keeps the compat tree free of the SDK.
const stripeClient = { customers: {}, subscriptions: {} } as any;

export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.DATABASE_URL }),
  emailAndPassword: { enabled: true },
  plugins: [
    organization(),
    stripe({
      stripeClient,
      stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
      createCustomerOnSignUp: true,
      subscription: { enabled: true, plans },
      organization: { enabled: true },
    }),
  ],
});
