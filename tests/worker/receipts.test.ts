/**
 * Decision receipts inside workerd (issue 15): workerd signs with Ed25519; a receipt verifies
 * with nothing but the public key published at /.well-known, and a changed byte in the payload
 * or in the signature is detected; without a key, receipts are refused with a 503, never a 500.
 */
import { env } from "cloudflare:workers";
import canonicalize from "canonicalize";
import { beforeAll, describe, expect, it } from "vitest";
import { type Receipt, signingKey, signReceipt, thumbprint, verifyReceipt } from "../../src/dossier/receipt.js";
import { base64url, fromBase64url } from "../../src/dossier/secret.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { PROFILES } from "../support/cases.js";
import { call, createDossier, freshCode } from "../support/dossiers.js";
import EXAMPLE from "../../fixtures/receipts/example.json";

const { creditCode: _, ...profile } = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!;
const KEYS_PATH = "/.well-known/policy-match/receipt-keys.json";
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any
const publicKeys = async (bindings?: Record<string, unknown>) => (await json<{ keys: Record<string, string>[] }>(await call("GET", KEYS_PATH, { bindings }))).keys;

const code = freshCode();
let token = "";
let answer: { decision: { decisionId: string; resultHash: string }; result: Record<string, unknown>; receipt: Receipt };

beforeAll(async () => {
  token = await createDossier(code, profile);
  answer = await json(await call("POST", `/v1/dossiers/${code}/match`, { token, body: { asOf: "2025-06-30" } }));
});

/** The receipt with one byte of its canonical payload changed (a digit of the date, a character of the code). */
function changedPayload(r: Receipt, field: "asOf" | "creditCode"): Receipt {
  const value = r.payload[field];
  const last = value.at(-1)!;
  return { ...r, payload: { ...r.payload, [field]: value.slice(0, -1) + (last === "1" ? "2" : "1") } };
}

/** The receipt with one bit of one byte of its signature flipped. */
function changedSignature(r: Receipt, byte: number): Receipt {
  const sig = fromBase64url(r.signature);
  sig[byte] = sig[byte]! ^ 0x01;
  return { ...r, signature: base64url(sig) };
}

describe("signing", () => {
  it("workerd's Web Crypto signs and verifies Ed25519", async () => {
    const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"])) as CryptoKeyPair;
    const data = new TextEncoder().encode("政策匹配");
    const sig = await crypto.subtle.sign({ name: "Ed25519" }, pair.privateKey, data);
    expect(sig.byteLength).toBe(64);
    expect(await crypto.subtle.verify({ name: "Ed25519" }, pair.publicKey, sig, data)).toBe(true);
  });

  it("signs what Node signs, byte for byte (Ed25519 is deterministic): the fixture receipt of fixtures/receipts/example.json", async () => {
    const key = (await signingKey(env.RECEIPT_SIGNING_KEY))!;
    expect(await signReceipt(key, EXAMPLE.receipt.payload as Receipt["payload"])).toEqual(EXAMPLE.receipt);
    expect(await publicKeys()).toEqual(EXAMPLE.keys.keys);
  });
});

describe("a dossier's receipts", () => {
  it("a match issues one: its payload states the decision and its short reference, the firm, the rule-set version and the hash of the stored result", async () => {
    const { decision, result, receipt } = answer;
    const [key] = await publicKeys();
    expect(receipt.algorithm).toBe("Ed25519");
    expect(receipt.payload).toEqual({
      type: "policy-match-decision-receipt/1",
      decisionId: decision.decisionId,
      reference: result.reference,
      creditCode: code,
      ruleset: { id: "baotou-rare-earth-hi-tech-zone", version: "2025.2.0", hash: (result.ruleset as { hash: string }).hash },
      asOf: "2025-06-30",
      resultHash: canonicalHash(result),
      issuedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      keyId: key!.kid,
    });
    expect(key!.kid).toBe(await thumbprint(key!.x!));
  });

  it("verifies with the published public key alone, and not with another key", async () => {
    expect(await verifyReceipt(answer.receipt, await publicKeys())).toEqual({ ok: true, keyId: answer.receipt.payload.keyId });
    const other = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
    const x = ((await crypto.subtle.exportKey("jwk", other.publicKey)) as JsonWebKey).x!;
    const impostor = { kty: "OKP", crv: "Ed25519", x, kid: answer.receipt.payload.keyId, alg: "Ed25519", use: "sig" };
    expect((await verifyReceipt(answer.receipt, [impostor])).ok).toBe(false);
  });

  it.each(["asOf", "creditCode"] as const)("detects a changed byte in the payload (%s)", async (field) => {
    const changed = changedPayload(answer.receipt, field);
    expect(canonicalize(changed.payload)!.length).toBe(canonicalize(answer.receipt.payload)!.length);
    expect(await verifyReceipt(changed, await publicKeys())).toEqual({ ok: false, reason: expect.stringMatching(/does not match/) });
  });

  it.each([0, 31, 63])("detects a changed byte in the signature (byte %i)", async (byte) => {
    expect((await verifyReceipt(changedSignature(answer.receipt, byte), await publicKeys())).ok).toBe(false);
  });

  it("is listed, and served again unchanged for its decision", async () => {
    const id = encodeURIComponent(answer.decision.decisionId);
    expect((await json(await call("GET", `/v1/dossiers/${code}/receipts`, { token }))).receipts).toEqual([answer.receipt]);
    expect(await json(await call("GET", `/v1/dossiers/${code}/decisions/${id}/receipt`, { token }))).toEqual(answer.receipt);
  });
});

describe("without a signing key", () => {
  const none = { RECEIPT_SIGNING_KEY: undefined };

  it("a match still decides (receipt null); the receipt is refused with 503; no key is published", async () => {
    const c = freshCode();
    const t = await createDossier(c, profile);
    const res = await call("POST", `/v1/dossiers/${c}/match`, { token: t, body: { asOf: "2025-06-30" }, bindings: none });
    expect(res.status).toBe(201);
    const made = await json(res);
    expect(made.receipt).toBeNull();
    const path = `/v1/dossiers/${c}/decisions/${encodeURIComponent(made.decision.decisionId)}/receipt`;
    const refused = await call("GET", path, { token: t, bindings: none });
    expect(refused.status).toBe(503);
    expect(await json(refused)).toMatchObject({ type: "/problems/receipts-not-configured", detail: expect.stringMatching(/RECEIPT_SIGNING_KEY/) });
    expect(await publicKeys(none)).toEqual([]);
    // once a key is configured, the decision's receipt is signed when first asked for, then kept
    const late = await json<Receipt>(await call("GET", path, { token: t }));
    expect(late.payload.resultHash).toBe(made.decision.resultHash);
    expect((await verifyReceipt(late, await publicKeys())).ok).toBe(true);
    expect(await json(await call("GET", path, { token: t, bindings: none }))).toEqual(late);
  });

  it("a key that cannot be read: 503 naming the secret, never a 500, and the match stores nothing", async () => {
    const c = freshCode();
    const t = await createDossier(c, profile);
    for (const bad of ["not a key", '{"kty":"OKP","crv":"X25519","d":"AA","x":"AA"}', '{"kty":"OKP","crv":"Ed25519","d":"AA","x":"AA"}']) {
      const bindings = { RECEIPT_SIGNING_KEY: bad };
      const res = await call("POST", `/v1/dossiers/${c}/match`, { token: t, body: { asOf: "2025-06-30" }, bindings });
      expect(res.status, bad).toBe(503);
      expect((await json(res)).type).toBe("/problems/receipts-misconfigured");
      expect((await call("GET", KEYS_PATH, { bindings })).status).toBe(503);
    }
    expect((await json(await call("GET", `/v1/dossiers/${c}/decisions`, { token: t }))).decisions).toEqual([]);
  });
});

describe("the published keys", () => {
  it("a PKCS#8 secret is the same key as its JWK (same id)", async () => {
    const jwk = JSON.parse(env.RECEIPT_SIGNING_KEY) as JsonWebKey;
    const imported = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, true, ["sign"]);
    const der = new Uint8Array((await crypto.subtle.exportKey("pkcs8", imported)) as ArrayBuffer);
    const pem = `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----\n`;
    expect(await publicKeys({ RECEIPT_SIGNING_KEY: pem })).toEqual(await publicKeys());
  });

  it("lists the retired keys of RECEIPT_RETIRED_KEYS after the current one, so receipts signed before a key change still verify", async () => {
    const [current] = await publicKeys();
    const retired = { kty: "OKP", crv: "Ed25519", x: "4Cjko5LQ9gedqIeqehMEnsj1ml6HGQ8ruPuCxTMFyhg", kid: "fiFubyqyrLnZ5LZBRXZEPlf_lGlRspb_J3mWL1nQ0WA", alg: "Ed25519", use: "sig" };
    const res = await call("GET", KEYS_PATH, { bindings: { RECEIPT_RETIRED_KEYS: JSON.stringify([retired, current, { kty: "RSA" }]) } });
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect((await json(res)).keys).toEqual([current, retired]);
    expect((await json(await call("GET", KEYS_PATH, { bindings: { RECEIPT_RETIRED_KEYS: "oops" } }))).keys).toEqual([current]);
  });
});
