/**
 * The console's sign-in session (docs/staff.md, "Signing in"): an officer pastes a token of
 * `ADMIN_TOKENS` once; the browser then keeps a cookie `pm_staff` — HttpOnly (no script reads
 * it), SameSite=Strict (no other site sends it), Secure on HTTPS, scoped to /staff, for 8 hours —
 * holding the token's label, the expiry and an HMAC-SHA256 of both keyed by the token itself.
 * The token never travels again, nor appears in a URL; the service stores nothing. Each request
 * checks the signature against the token configured now, so removing or changing a token in
 * ADMIN_TOKENS ends its sessions at once, and the role is always the current one.
 * Every page under /staff/ but the sign-in has it (console.ts mounts `staffSession` there), and
 * speaks the language `staffLang` gives.
 */
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { admitToken, tokenOf, type Officer } from "./auth.js";
import { pickLang, explicitLang, type Lang } from "../views/i18n.js";
import type { AppEnv } from "./env.js";

const COOKIE = "pm_staff";
const LANG = "pm_staff_lang";
/** A session lasts a working day. */
export const SESSION_SECONDS = 8 * 60 * 60;

const enc = new TextEncoder();
const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const unb64 = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (ch) => ch.charCodeAt(0));
const key = (token: string) => crypto.subtle.importKey("raw", enc.encode(token), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
const options = (c: Context<AppEnv>) => ({ path: "/staff", httpOnly: true, sameSite: "Strict" as const, secure: new URL(c.req.url).protocol === "https:" });

/**
 * Signs an officer in with a pasted token.
 * @returns the officer, or why the token is refused (nothing is set then)
 */
export async function signIn(c: Context<AppEnv>, token: string): Promise<Officer | { refused: "missing" | "wrong" | "unconfigured" }> {
  const caller = await admitToken(token.trim(), c.env?.ADMIN_TOKENS);
  if ("refused" in caller) return caller;
  const exp = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  const payload = `${b64(enc.encode(caller.label))}.${exp}`;
  const sig = await crypto.subtle.sign("HMAC", await key(token.trim()), enc.encode(payload));
  setCookie(c, COOKIE, `${payload}.${b64(sig)}`, { ...options(c), maxAge: SESSION_SECONDS });
  return caller;
}

/** Ends the session in this browser. */
export function signOut(c: Context<AppEnv>): void {
  deleteCookie(c, COOKIE, options(c));
}

/** The officer of this browser's session, or undefined (none, expired, forged, or its token removed). */
export async function sessionOfficer(c: Context<AppEnv>): Promise<Officer | undefined> {
  const m = /^([A-Za-z0-9_-]+)\.(\d{1,12})\.([A-Za-z0-9_-]+)$/.exec(getCookie(c, COOKIE) ?? "");
  if (!m || Number(m[2]) * 1000 < Date.now()) return undefined;
  let label: string, sig: Uint8Array;
  try {
    label = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(unb64(m[1]!));
    sig = unb64(m[3]!);
  } catch {
    return undefined; // not base64url, or a label that is not UTF-8: not a cookie we wrote
  }
  const entry = tokenOf(label, c.env?.ADMIN_TOKENS);
  if (!entry) return undefined;
  const ok = await crypto.subtle.verify("HMAC", await key(entry.token), sig, enc.encode(`${m[1]}.${m[2]}`));
  return ok ? { label: entry.label, role: entry.role } : undefined;
}

/**
 * Middleware of the console's pages: sets `officer` from the session; without one, nothing is
 * done and the browser is sent to the sign-in page (303) — from a GET with the page asked for,
 * to come back to after signing in.
 */
export const staffSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const officer = await sessionOfficer(c);
  if (!officer) {
    if (c.req.method === "GET") {
      const url = new URL(c.req.url);
      return c.redirect(`/staff/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    return c.redirect("/staff/sign-in", 303);
  }
  c.set("officer", officer);
  await next();
};

/**
 * The console's language: `?lang=` (then kept in a cookie for the next pages), else the one
 * kept, else the browser's Accept-Language, else zh-CN.
 */
export function staffLang(c: Context<AppEnv>): Lang {
  const asked = explicitLang(c.req.query("lang"));
  if (asked) {
    setCookie(c, LANG, asked, { ...options(c), maxAge: 365 * 24 * 60 * 60 });
    return asked;
  }
  return pickLang(getCookie(c, LANG), c.req.header("Accept-Language"));
}
