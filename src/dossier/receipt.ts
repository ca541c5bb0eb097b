/**
 * Decision receipts (issue 15): what the service told a firm, signed with Ed25519 (RFC 8032)
 * by Web Crypto over the RFC 8785 canonical JSON of the payload, so that a bank or a later
 * audit can check it offline with the public key alone (`npm run receipt:verify`). The same
 * code signs in the Worker and verifies in Node. docs/dossiers.md, "Receipts".
 */
import canonicalize from "canonicalize";
import { base64url, fromBase64url } from "./secret.js";

/** The statement signed. */
export interface ReceiptPayload {
  /** names this format; a later format gets another name */
  type: "policy-match-decision-receipt/1";
  /** the answer's decisionId */
  decisionId: string;
  /** the short reference people see for the decision, when the answer carries one */
  reference?: string;
  /** the firm's USCC */
  creditCode: string;
  ruleset: { id: string; version: string; hash: string };
  /** evaluation date, ISO, Asia/Shanghai */
  asOf: string;
  /** `sha256:` of the RFC 8785 canonical JSON of the result as stored (and as the decision route returns it) */
  resultHash: string;
  /** when the receipt was signed, ISO UTC */
  issuedAt: string;
  /** the signing key's id: its RFC 7638 JWK thumbprint */
  keyId: string;
}

/** A signed receipt: the payload, and the base64url Ed25519 signature of its canonical JSON. */
export interface Receipt {
  payload: ReceiptPayload;
  algorithm: "Ed25519";
  signature: string;
}

/** A public key as published (RFC 8037 OKP JWK, with its id). */
export interface PublicJwk {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid: string;
  alg: "Ed25519";
  use: "sig";
}

/** The private key in use and its public half. */
export interface SigningKey {
  keyId: string;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
}

/** The `RECEIPT_SIGNING_KEY` secret cannot be read as an Ed25519 private key. */
export class ReceiptKeyError extends Error {}

const ED25519 = { name: "Ed25519" } as const;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The bytes signed: the payload's RFC 8785 canonical JSON, UTF-8. */
export function signedBytes(payload: ReceiptPayload): Uint8Array {
  return utf8(canonicalize(payload)!);
}

/** RFC 7638 thumbprint of an Ed25519 public key: base64url SHA-256 of `{"crv","kty","x"}` in that order. */
export async function thumbprint(x: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", utf8(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`))));
}

/** The private JWK members Web Crypto needs (others, e.g. an `alg` some tools write as EdDSA, are left out). */
function privateJwk(j: Record<string, unknown>): JsonWebKey {
  if (j.kty !== "OKP" || j.crv !== "Ed25519" || typeof j.d !== "string" || typeof j.x !== "string") {
    throw new ReceiptKeyError("RECEIPT_SIGNING_KEY: a JWK must be an Ed25519 private key: { \"kty\": \"OKP\", \"crv\": \"Ed25519\", \"d\": …, \"x\": … }");
  }
  return { kty: "OKP", crv: "Ed25519", d: j.d, x: j.x };
}

/** PKCS#8 DER from PEM (with or without its header lines) or bare base64. */
function pkcs8(text: string): Uint8Array {
  const b64 = text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, "");
  try {
    return fromBase64url(b64.replaceAll("+", "-").replaceAll("/", "_"));
  } catch {
    throw new ReceiptKeyError("RECEIPT_SIGNING_KEY: neither a JWK (JSON) nor a PKCS#8 key (PEM or base64)");
  }
}

const cache = new Map<string, Promise<SigningKey>>();

/**
 * Reads the `RECEIPT_SIGNING_KEY` secret: an Ed25519 private key as a JWK (JSON) or PKCS#8
 * (PEM or base64). Read once per isolate.
 * @returns the key, or undefined when the secret is not set
 * @throws ReceiptKeyError when it is set but is not such a key
 */
export function signingKey(secret: string | undefined): Promise<SigningKey> | undefined {
  if (!secret?.trim()) return undefined;
  let key = cache.get(secret);
  if (!key) {
    key = importSigningKey(secret.trim());
    key.catch(() => cache.delete(secret));
    cache.set(secret, key);
  }
  return key;
}

async function importSigningKey(secret: string): Promise<SigningKey> {
  let jwk: JsonWebKey;
  try {
    if (secret.startsWith("{")) {
      jwk = privateJwk(JSON.parse(secret) as Record<string, unknown>);
    } else {
      const extractable = await crypto.subtle.importKey("pkcs8", pkcs8(secret), ED25519, true, ["sign"]);
      jwk = privateJwk((await crypto.subtle.exportKey("jwk", extractable)) as unknown as Record<string, unknown>);
    }
    const privateKey = await crypto.subtle.importKey("jwk", jwk, ED25519, false, ["sign"]);
    const keyId = await thumbprint(jwk.x!);
    return { keyId, privateKey, publicJwk: { kty: "OKP", crv: "Ed25519", x: jwk.x!, kid: keyId, alg: "Ed25519", use: "sig" } };
  } catch (e) {
    if (e instanceof ReceiptKeyError) throw e;
    throw new ReceiptKeyError(`RECEIPT_SIGNING_KEY is not a usable Ed25519 private key (${(e as Error).name})`);
  }
}

/** Signs a payload (its `keyId` must be the key's). */
export async function signReceipt(key: SigningKey, payload: ReceiptPayload): Promise<Receipt> {
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key.privateKey, signedBytes(payload)));
  return { payload, algorithm: "Ed25519", signature: base64url(signature) };
}

/** The outcome of a verification: the key that verified it, or why it does not verify. */
export type Verification = { ok: true; keyId: string } | { ok: false; reason: string };

/**
 * Verifies a receipt with public keys alone (a JWK set, as `/.well-known/policy-match/receipt-keys.json` serves it).
 * @param receipt the receipt as parsed from JSON (any shape: checked here)
 * @param keys the published JWKs
 */
export async function verifyReceipt(receipt: unknown, keys: readonly unknown[]): Promise<Verification> {
  const r = receipt as Partial<Receipt> | null;
  if (!r || typeof r !== "object" || !r.payload || typeof r.payload !== "object" || typeof r.signature !== "string") {
    return { ok: false, reason: "not a receipt: { payload, algorithm, signature } expected" };
  }
  if (r.algorithm !== "Ed25519") return { ok: false, reason: `algorithm ${JSON.stringify(r.algorithm)} is not Ed25519` };
  const keyId = r.payload.keyId;
  const jwk = keys.find((k) => (k as PublicJwk | null)?.kid === keyId) as PublicJwk | undefined;
  if (!jwk) return { ok: false, reason: `no published key has the id ${JSON.stringify(keyId)}` };
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string" || (await thumbprint(jwk.x)) !== keyId) {
    return { ok: false, reason: `the key ${keyId} is not an Ed25519 public key whose thumbprint is its id` };
  }
  let signature: Uint8Array;
  try {
    signature = fromBase64url(r.signature);
  } catch {
    return { ok: false, reason: "the signature is not base64url" };
  }
  const publicKey = await crypto.subtle.importKey("jwk", { kty: "OKP", crv: "Ed25519", x: jwk.x }, ED25519, false, ["verify"]);
  const ok = await crypto.subtle.verify(ED25519, publicKey, signature, signedBytes(r.payload));
  return ok ? { ok: true, keyId } : { ok: false, reason: "the signature does not match the payload: the receipt was changed, or not signed by this key" };
}
