/**
 * Secrets the dossiers hand out: the access token of a dossier (`pmd_…`) and the capability id
 * of a decision's result page. Each is 256 bits from `crypto.getRandomValues`, written base64url
 * (RFC 4648 §5, no padding); a token is stored only as its SHA-256 (hex), never itself.
 */

/** Prefix of dossier access tokens: tells them apart from staff tokens and lets secret scanners find them. */
export const TOKEN_PREFIX = "pmd_";

/** `bytes` as base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** base64url (padding optional) → bytes; throws Error on other characters. */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error("not base64url");
  const b = atob(text.replace(/=+$/, "").replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

/** 32 random bytes (256 bits), base64url: 43 characters. */
export function randomId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A new dossier access token: `pmd_` + 43 base64url characters (256 bits). */
export function newToken(): string {
  return TOKEN_PREFIX + randomId();
}

/** Hex SHA-256 of a token, as `dossiers.token_hash` stores it. */
export async function tokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
