/**
 * The rule-set hash: `sha256:` + hex SHA-256 of the RFC 8785 (JCS) canonical JSON of the
 * rule set as written (DESIGN.md "Rule files and versions"); also the decision id of a match.
 * Canonicalisation by the `canonicalize` package (RFC 8785 reference implementation); digest
 * by @noble/hashes, synchronously: Web Crypto's `digest` is asynchronous and, under Node,
 * costs a thread-pool round trip (≈ 45 µs) per call — a quarter of a match (docs/speed.md).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";

/**
 * @param value any JSON value (the rule-set file's parsed content)
 * @returns `"sha256:<64 hex digits>"`
 * @throws Error for values JSON cannot represent (NaN, Infinity, cycles)
 */
export function canonicalHash(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("value has no JSON representation");
  return "sha256:" + bytesToHex(sha256(utf8ToBytes(text)));
}
