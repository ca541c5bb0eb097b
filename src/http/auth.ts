/**
 * Bearer tokens for publishing. The Worker secret `ADMIN_TOKENS` is a JSON map from a label
 * (recorded in the audit) to a token. Every token is compared in constant time — SHA-256
 * digests of equal length through `crypto.subtle.timingSafeEqual` — and all of them are
 * compared, so the time taken does not tell which label matched or how much of a token did.
 */

/** Who is publishing, or why nobody is. */
export type Caller = { label: string } | { refused: "missing" | "wrong" | "unconfigured" };

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

/** The configured tokens, or undefined when the secret is absent or not a JSON map of strings. */
function tokens(secret: string | undefined): [string, string][] | undefined {
  if (!secret) return undefined;
  try {
    const map = JSON.parse(secret) as unknown;
    if (map === null || typeof map !== "object" || Array.isArray(map)) return undefined;
    const entries = Object.entries(map).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].length > 0);
    return entries.length ? entries : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param authorization the `Authorization` header; @param secret the `ADMIN_TOKENS` value
 * @returns the caller's label, or why the request is refused
 */
export async function authenticate(authorization: string | undefined, secret: string | undefined): Promise<Caller> {
  const known = tokens(secret);
  if (!known) return { refused: "unconfigured" };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) return { refused: "missing" };
  const given = await digest(m[1]!);
  let label: string | undefined;
  for (const [name, token] of known) {
    const equal = sameBytes(given, await digest(token));
    if (equal && label === undefined) label = name;
  }
  return label === undefined ? { refused: "wrong" } : { label };
}
