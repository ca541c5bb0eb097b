/**
 * The rule-set hash: `sha256:` + hex SHA-256 of the RFC 8785 (JCS) canonical JSON of the
 * rule set as written (DESIGN.md "Rule files and versions"). Canonicalisation by the
 * `canonicalize` package (RFC 8785 reference implementation); digest by Web Crypto.
 */
import canonicalize from "canonicalize";

/**
 * @param value any JSON value (the rule-set file's parsed content)
 * @returns `"sha256:<64 hex digits>"`
 * @throws Error for values JSON cannot represent (NaN, Infinity, cycles)
 */
export async function canonicalHash(value: unknown): Promise<string> {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("value has no JSON representation");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return "sha256:" + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
