/**
 * The service's receipt key, from the `RECEIPT_SIGNING_KEY` secret, and the public keys it
 * publishes (that one, and the retired ones of `RECEIPT_RETIRED_KEYS`, so that receipts
 * signed before a key change still verify). docs/dossiers.md, "Receipts".
 */
import type { Context } from "hono";
import { type PublicJwk, ReceiptKeyError, type SigningKey, signingKey } from "../dossier/receipt.js";
import type { AppEnv } from "./env.js";
import { ProblemError } from "./problem.js";

/**
 * The signing key, or undefined when none is configured.
 * @throws ProblemError 503 when the secret is set but is not an Ed25519 private key
 */
export async function receiptKey(c: Context<AppEnv>): Promise<SigningKey | undefined> {
  try {
    return await signingKey(c.env?.RECEIPT_SIGNING_KEY);
  } catch (e) {
    if (!(e instanceof ReceiptKeyError)) throw e;
    console.error("receipt key unusable", c.get("requestId"), e.message);
    throw new ProblemError(503, "receipts-misconfigured", "Receipts misconfigured", "the service's receipt key cannot be read: the operator must set RECEIPT_SIGNING_KEY to an Ed25519 private key (docs/dossiers.md)");
  }
}

/** The signing key; a 503 when none is configured (receipts are refused, decisions still work). */
export async function requiredReceiptKey(c: Context<AppEnv>): Promise<SigningKey> {
  const key = await receiptKey(c);
  if (!key) {
    throw new ProblemError(503, "receipts-not-configured", "Receipts not configured",
      "this service signs no receipts: the operator sets the RECEIPT_SIGNING_KEY secret to enable them (docs/dossiers.md, Receipts)");
  }
  return key;
}

/** The public keys published: the signing key's, then the retired ones (a var that does not parse as a JSON array publishes none of them). */
export async function publishedKeys(c: Context<AppEnv>): Promise<PublicJwk[]> {
  const current = await receiptKey(c);
  let retired: PublicJwk[] = [];
  try {
    const parsed = JSON.parse(c.env?.RECEIPT_RETIRED_KEYS ?? "[]") as unknown;
    if (Array.isArray(parsed)) {
      retired = parsed.filter((k) => k?.kty === "OKP" && k?.crv === "Ed25519" && typeof k?.x === "string" && typeof k?.kid === "string")
        .map((k: PublicJwk) => ({ kty: "OKP", crv: "Ed25519", x: k.x, kid: k.kid, alg: "Ed25519", use: "sig" }));
    }
  } catch {
    console.error("RECEIPT_RETIRED_KEYS is not a JSON array of public JWKs", c.get("requestId"));
  }
  return [...(current ? [current.publicJwk] : []), ...retired.filter((k) => k.kid !== current?.keyId)];
}
