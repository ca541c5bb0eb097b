/**
 * The pages' hold on a dossier: after the firm opens it with its credit code and token (or
 * makes it from the form), the browser keeps both in a cookie — HttpOnly (no script reads it),
 * SameSite=Strict (no other site sends it), Secure on HTTPS, for the browser session only —
 * and every page admits it again exactly as the API admits a bearer (dossier-access.ts).
 * The service stores nothing of it. A token shown once travels to its page in a cookie of its
 * own, read and cleared there, so the page that shows it can be reached by a redirect.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { CookieOptions } from "hono/utils/cookie";
import type { Dossier, Actor } from "../dossier/types.js";
import { admit, dossierDb } from "./dossier-access.js";
import type { AppEnv } from "./env.js";

const SESSION = "pm_dossier";
const ONCE = "pm_token_once";

const options = (c: Context<AppEnv>, path = "/"): CookieOptions => ({ path, httpOnly: true, sameSite: "Strict", secure: new URL(c.req.url).protocol === "https:" });

/** Keeps the dossier opened in this browser. */
export function openSession(c: Context<AppEnv>, creditCode: string, token: string): void {
  setCookie(c, SESSION, `${creditCode}.${token}`, options(c));
}

/** Forgets it in this browser. */
export function closeSession(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION, options(c));
}

/**
 * The dossier this browser has opened and who opened it, or undefined (no cookie, or one that
 * no longer opens anything: a rotated token, a deleted dossier — then the cookie is cleared).
 */
export async function sessionDossier(c: Context<AppEnv>): Promise<{ dossier: Dossier; actor: Actor } | undefined> {
  const value = getCookie(c, SESSION);
  const m = /^([0-9A-Z]{18})\.(\S+)$/.exec(value ?? "");
  if (!m || !c.env?.DB) return undefined;
  const admitted = await admit(dossierDb(c), c.env, m[1]!, m[2]!);
  if ("refused" in admitted) {
    closeSession(c);
    return undefined;
  }
  return admitted;
}

/** Hands a new token to the page that shows it (`path`), for ten minutes at most. */
export function passTokenOnce(c: Context<AppEnv>, token: string, path: string): void {
  setCookie(c, ONCE, token, { ...options(c, path), maxAge: 600 });
}

/** The token handed over, cleared as it is read. */
export function takeTokenOnce(c: Context<AppEnv>, path: string): string | undefined {
  const token = getCookie(c, ONCE);
  if (token !== undefined) deleteCookie(c, ONCE, options(c, path));
  return token;
}
