/**
 * `npm run receipt:verify` and `npm run keys:generate` in Node (issue 15): a receipt signed by
 * the Worker verifies offline with the public keys alone; a changed byte in the payload or the
 * signature, another key, or a result other than the one stated is reported (exit 1).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { receiptVerify } from "../../src/cli/receipt/verify.js";
import { signingKey, signReceipt, thumbprint, verifyReceipt } from "../../src/dossier/receipt.js";
import { match } from "../../src/engine/match.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { TEST_RECEIPT_KEY } from "../../vitest.config.js";
import EXAMPLE from "../../fixtures/receipts/example.json";
import { PROFILES } from "../support/cases.js";

const dir = mkdtempSync(join(tmpdir(), "receipt-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

async function run(...args: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = await receiptVerify(args, { root: dir, out: (l) => out.push(l), err: (l) => err.push(l), today: "2025-06-30" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const keys = file("keys.json", EXAMPLE.keys);

describe("npm run receipt:verify", () => {
  it("a receipt signed in workerd (fixtures/receipts/example.json) verifies in Node with the public key alone: exit 0", async () => {
    const r = await run(file("receipt.json", EXAMPLE.receipt), "--keys", keys);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid: decision sha256:195bb61f.* for 91150200MA0N3K7R4K, rule set baotou-rare-earth-hi-tech-zone 2025\.2\.0, as of 2025-06-30; signed 2025-06-30T08:00:00\.000Z by key 6AbHUKRf/);
  });

  it("a changed byte in the payload: exit 1", async () => {
    const changed = { ...EXAMPLE.receipt, payload: { ...EXAMPLE.receipt.payload, asOf: "2025-06-31" } };
    const r = await run(file("changed-payload.json", changed), "--keys", keys);
    expect([r.code, r.out]).toEqual([1, expect.stringMatching(/^INVALID: the signature does not match/)]);
  });

  it("a changed byte in the signature: exit 1", async () => {
    const text = JSON.stringify(EXAMPLE.receipt);
    const sig = EXAMPLE.receipt.signature;
    const flipped = sig.slice(0, 10) + (sig[10] === "A" ? "B" : "A") + sig.slice(11);
    const r = await run(file("changed-signature.json", text.replace(sig, flipped)), "--keys", keys);
    expect(r.code).toBe(1);
  });

  it("keys that do not include the signing key, or a key under a false id: exit 1", async () => {
    const generated = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
    const x = ((await crypto.subtle.exportKey("jwk", generated.publicKey)) as JsonWebKey).x!;
    const other = { kty: "OKP", crv: "Ed25519", x, kid: await thumbprint(x), alg: "Ed25519", use: "sig" };
    const receipt = file("receipt.json", EXAMPLE.receipt);
    expect(await run(receipt, "--keys", file("other.json", { keys: [other] }))).toMatchObject({ code: 1, out: expect.stringMatching(/no published key has the id/) });
    const lying = { ...other, kid: EXAMPLE.receipt.payload.keyId };
    expect(await run(receipt, "--keys", file("lying.json", [lying]))).toMatchObject({ code: 1, out: expect.stringMatching(/thumbprint/) });
  });

  it("checks the result against the receipt's resultHash: the result itself, a decision document, or the match answer carrying both", async () => {
    const loaded = (await bundledCatalog()).resolve({ id: "baotou-rare-earth-hi-tech-zone", asOf: "2025-06-30" });
    const profile = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]! as never;
    const result = await match(profile, loaded, { asOf: "2025-06-30" });
    const key = (await signingKey(TEST_RECEIPT_KEY))!;
    const receipt = await signReceipt(key, { ...EXAMPLE.receipt.payload, type: "policy-match-decision-receipt/1", decisionId: result.decisionId, resultHash: canonicalHash(result), keyId: key.keyId });
    const r = file("r.json", receipt);
    expect(await run(r, "--keys", keys, "--result", file("result.json", result))).toMatchObject({ code: 0, out: expect.stringMatching(/the result given is the one the receipt states/) });
    expect((await run(r, "--keys", keys, "--result", file("decision.json", { decisionId: result.decisionId, result }))).code).toBe(0);
    expect((await run(file("answer.json", { decision: {}, result, receipt }), "--keys", keys)).code).toBe(0);
    const other = { ...result, totals: { ...result.totals, payment: result.totals.payment + 0.01 } };
    expect(await run(r, "--keys", keys, "--result", file("other-result.json", other))).toMatchObject({ code: 1, out: expect.stringMatching(/not the one the receipt states/) });
  });

  it("bad arguments or a file that is not JSON: exit 2 with the usage", async () => {
    expect((await run(file("receipt.json", EXAMPLE.receipt))).code).toBe(2);
    expect(await run(file("broken.json", "{"), "--keys", keys)).toMatchObject({ code: 2, err: expect.stringMatching(/broken\.json/) });
    expect((await run("missing.json", "--keys", keys)).code).toBe(2);
  });

  it("runs as npm runs it (tsx), with its exit code", { timeout: 30_000 }, async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec("npx", ["tsx", "src/cli/receipt-verify.ts", file("receipt.json", EXAMPLE.receipt), "--keys", keys]);
    expect(stdout).toMatch(/^valid:/);
    await expect(exec("npx", ["tsx", "src/cli/receipt-verify.ts", file("bad.json", { ...EXAMPLE.receipt, signature: "AAAA" }), "--keys", keys])).rejects.toMatchObject({ code: 1 });
  });
});

describe("npm run keys:generate", () => {
  it("prints a private JWK usable as RECEIPT_SIGNING_KEY and its public key with the matching id", { timeout: 30_000 }, async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "src/cli/receipt-keys.ts"]);
    const [secret, published] = stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    const key = (await signingKey(JSON.stringify(secret)))!;
    expect(key.publicJwk).toEqual(published);
    const receipt = await signReceipt(key, { ...EXAMPLE.receipt.payload, type: "policy-match-decision-receipt/1", keyId: key.keyId });
    expect(await verifyReceipt(receipt, [published])).toEqual({ ok: true, keyId: published.kid });
  });
});
