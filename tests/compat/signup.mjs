// signup.mjs: better-auth itself, against the database DATABASE_URL names, with the options in STRATA_OPTIONS:
// sign up with email and password, read the session, sign out, sign in again, sign out. Prints one JSON line
// with what it saw and exits non-zero at the first thing that does not work.
import { auth, pool } from "./auth-options.mjs";

const email = `ada-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
const password = "correct horse battery staple";
const seen = { email };

function cookiesOf(headers) {
  const all = headers.getSetCookie ? headers.getSetCookie() : [headers.get("set-cookie")].filter(Boolean);
  return all.map((c) => c.split(";")[0]).join("; ");
}

function check(condition, what) {
  if (!condition) throw new Error(`compat: ${what}`);
}

try {
  const up = await auth.api.signUpEmail({ body: { email, password, name: "Ada Lovelace" }, returnHeaders: true });
  check(up.response?.user?.email === email, "signUpEmail returned no user");
  seen.userId = up.response.user.id;
  let cookie = cookiesOf(up.headers);
  check(cookie.includes("session_token"), "signUpEmail set no session cookie");

  const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
  check(session?.user?.email === email, "getSession after sign-up found no session");
  seen.sessionAfterSignUp = true;

  await auth.api.signOut({ headers: new Headers({ cookie }) });
  check((await auth.api.getSession({ headers: new Headers({ cookie }) })) === null, "getSession after signOut still found a session");
  seen.signedOut = true;

  let wrong = false;
  try { await auth.api.signInEmail({ body: { email, password: "wrong password!" } }); } catch { wrong = true; }
  check(wrong, "signInEmail accepted a wrong password");

  const inResult = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  check(inResult.response?.user?.id === seen.userId, "signInEmail returned another user");
  cookie = cookiesOf(inResult.headers);
  const again = await auth.api.getSession({ headers: new Headers({ cookie }) });
  check(again?.user?.id === seen.userId, "getSession after signInEmail found no session");
  seen.sessionAfterSignIn = true;
  await auth.api.signOut({ headers: new Headers({ cookie }) });
  check((await auth.api.getSession({ headers: new Headers({ cookie }) })) === null, "second signOut left a session");
  seen.ok = true;
  console.log(JSON.stringify(seen));
} catch (e) {
  seen.ok = false;
  seen.error = String(e?.stack ?? e);
  console.log(JSON.stringify(seen));
  process.exitCode = 1;
} finally {
  await pool.end();
}
