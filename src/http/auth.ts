/**
 * Staff bearer tokens: the one place tokens are checked. The Worker secret `ADMIN_TOKENS` is a
 * JSON map from a label (the officer, recorded in the audit and the review log) to either
 * `{ "token": "…", "role": "author" | "reviewer" | "admin" }` or a plain token string, which is
 * an `admin` (the format before roles, so existing deployments keep working). An entry that is
 * neither (no token, an unknown role) is left out. Every token is compared in constant time —
 * SHA-256 digests of equal length through `crypto.subtle.timingSafeEqual` — and all of them
 * are compared, so the time taken does not tell which label matched or how much of a token did.
 * What each role may do: src/review/roles.ts.
 */
import { isRole, type Officer } from "../review/roles.js";

export type { Officer } from "../review/roles.js";

/** Who is calling, or why nobody is. */
export type Caller = Officer | { refused: "missing" | "wrong" | "unconfigured" };

/** A configured token. */
interface Entry extends Officer {
  token: string;
}

const digest = async (s: string) => crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));

/** workerd's `timingSafeEqual`; elsewhere (Node, for local tools) an equivalent loop over every byte. */
export function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer, b: ArrayBuffer) => boolean };
  if (typeof subtle.timingSafeEqual === "function") return subtle.timingSafeEqual(a, b);
  const x = new Uint8Array(a), y = new Uint8Array(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ (y[i] ?? 0);
  return diff === 0;
}

/** One map entry as a token, or undefined when it is not one (no token, an unknown role). */
function entry(label: string, value: unknown): Entry | undefined {
  if (typeof value === "string") return value.length > 0 ? { label, token: value, role: "admin" } : undefined;
  if (value === null || typeof value !== "object") return undefined;
  const { token, role } = value as { token?: unknown; role?: unknown };
  return typeof token === "string" && token.length > 0 && isRole(role) ? { label, token, role } : undefined;
}

/** The configured tokens, or undefined when the secret is absent, not a JSON map, or holds none. */
export function configuredTokens(secret: string | undefined): Entry[] | undefined {
  if (!secret) return undefined;
  try {
    const map = JSON.parse(secret) as unknown;
    if (map === null || typeof map !== "object" || Array.isArray(map)) return undefined;
    const entries = Object.entries(map).map(([label, value]) => entry(label, value)).filter((e): e is Entry => e !== undefined);
    return entries.length ? entries : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param token the token as given (a bearer token, or pasted at the console's sign-in)
 * @param secret the `ADMIN_TOKENS` value
 * @returns the officer (label and role), or why the token is refused (`missing` when empty)
 */
export async function admitToken(token: string, secret: string | undefined): Promise<Caller> {
  const known = configuredTokens(secret);
  if (!known) return { refused: "unconfigured" };
  if (!token) return { refused: "missing" };
  const given = await digest(token);
  let found: Officer | undefined;
  for (const e of known) {
    const equal = sameBytes(given, await digest(e.token));
    if (equal && found === undefined) found = { label: e.label, role: e.role };
  }
  return found ?? { refused: "wrong" };
}

/**
 * @param authorization the `Authorization` header; @param secret the `ADMIN_TOKENS` value
 * @returns the caller's label and role, or why the request is refused
 */
export async function authenticate(authorization: string | undefined, secret: string | undefined): Promise<Caller> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!configuredTokens(secret)) return { refused: "unconfigured" };
  return m ? admitToken(m[1]!, secret) : { refused: "missing" };
}

/** The token of `label`, for a session's signature (staff-session.ts); undefined when no such token is configured. */
export function tokenOf(label: string, secret: string | undefined): Entry | undefined {
  return configuredTokens(secret)?.find((e) => e.label === label);
}
