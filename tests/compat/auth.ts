// The config file better-auth's CLI loads (`auth generate|migrate --config auth.ts`).
export { auth } from "./auth-options.mjs";
