/**
 * The short reference of a decision: what a person reads out, writes on a form or types into
 * a search box, e.g. `PM-7K3Q-9XD2`. It is derived from the `decisionId` alone (the first 40
 * bits of its SHA-256, in Crockford's base32: digits and upper-case letters without I, L, O
 * and U, so it cannot be misread), so the same question always gets the same reference and
 * anyone holding the full id can recompute it. The full `decisionId` stays in every answer for
 * integrators: the reference names a decision for people, it does not replace the id.
 */

/** Crockford's base32 alphabet (https://www.crockford.com/base32.html). */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The reference's shape: `PM-` and two groups of four Crockford base32 characters. */
export const REFERENCE_PATTERN = /^PM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * @param decisionId `sha256:` followed by 64 hex digits (a MatchResult's `decisionId`)
 * @returns `PM-XXXX-XXXX`: the first 40 bits of the digest, 5 bits a character, most significant first
 * @throws Error when `decisionId` is not a `sha256:` hex digest
 */
export function shortReference(decisionId: string): string {
  const hex = /^sha256:([0-9a-f]{64})$/.exec(decisionId)?.[1];
  if (!hex) throw new Error(`not a decision id: ${decisionId.slice(0, 80)}`);
  let bits = BigInt(`0x${hex.slice(0, 10)}`); // 40 bits = 8 characters
  let chars = "";
  for (let i = 0; i < 8; i++) {
    chars = CROCKFORD[Number(bits & 31n)]! + chars;
    bits >>= 5n;
  }
  return `PM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
