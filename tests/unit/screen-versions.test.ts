/**
 * `npm run screen` with versions that are not numbers of the bundled rule set (issue 14): a
 * draft file (`--compare draft.json`, whose numbers are the draft's impact on the register),
 * a version saved from `GET /v1/rulesets/{id}/versions/{v}`, and that route's URL on a running
 * service; and the refusals (a changed export, an invalid draft, a missing version).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { afterAll, describe, expect, it } from "vitest";
import { generateRegister } from "../../src/register/generate.js";
import { readJsonl } from "../../src/cli/screen/read-jsonl.js";
import type { RunRecord, SummaryRecord } from "../../src/screen/records.js";
import { registerImpact } from "../../src/engine/impact.js";
import { createApp } from "../../src/http/app.js";
import { bundledCatalog, DEFAULT_RULESET_ID as ID } from "../../src/ruleset/bundled.js";
import { loadRuleSet } from "../../src/ruleset/catalog.js";
import { draftA } from "../support/drafts.js";

const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
const dir = mkdtempSync(join(tmpdir(), "screen-versions-"));
const register = join(dir, "register.jsonl");
writeFileSync(register, [...generateRegister({ seed: 14, count: 300 })].map((r) => JSON.stringify(r.profile) + "\n").join(""));
const draftFile = join(dir, "draft.json");
writeFileSync(draftFile, JSON.stringify(draftA(), null, 2));

const server = serve({ fetch: createApp({ catalog: bundledCatalog, today: () => "2026-01-01" }).fetch, hostname: "127.0.0.1", port: 0 });
await new Promise((ok) => server.once("listening", ok));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/rulesets/${ID}/versions`;
afterAll(() => new Promise((ok) => server.close(ok)));

async function screen(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [TSX, "src/cli/screen.ts", register, "--quiet", ...args], { cwd: process.cwd() });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}
const records = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { type: string });

describe("screen --compare <draft file>", () => {
  it("decides every firm under the version in force and the draft: the same numbers as the draft's impact", { timeout: 30_000 }, async () => {
    const out = join(dir, "draft.jsonl");
    const r = await screen("--out", out, "--as-of", "2026-01-01", "--compare", draftFile);
    expect(r.code, r.stderr).toBe(0);
    const all = records(out);
    const run = all[0] as RunRecord, summary = all.at(-1) as SummaryRecord;
    const after = loadRuleSet(draftA());
    expect([run.ruleset.version, run.compare?.version, run.compare?.hash]).toEqual(["2025.2.0", "2026.1.0", after.hash]);
    const impact = await registerImpact(readJsonl(register), { before: (await bundledCatalog()).replacedBy(after.ruleset), after, asOf: "2026-01-01" });
    const c = summary.compare!;
    expect([c.changed, c.gaining, c.losing]).toEqual([impact.changed, impact.gaining, impact.losing]);
    expect(c.measures).toEqual(impact.measures.filter((m) => m.firms.length > 0).map(({ measureId, gained, lost, statusChanged, amountChanged, delta }) => ({ measureId, gained, lost, statusChanged, amountChanged, delta })));
    expect({ before: summary.budget, after: c.budget, delta: c.delta }).toEqual(impact.budget);
    expect(c.changed).toBeGreaterThan(20);
  });
});

describe("screen with a version exported from the API, or its URL", () => {
  it("gives byte for byte the output of the version numbers", { timeout: 30_000 }, async () => {
    const exported = join(dir, "2025.1.0.json");
    writeFileSync(exported, await (await fetch(`${base}/2025.1.0`)).text());
    const [byNumber, bySource] = [join(dir, "numbers.jsonl"), join(dir, "sources.jsonl")];
    const [a, b] = await Promise.all([
      screen("--out", byNumber, "--as-of", "2025-06-30", "--version", "2025.1.0", "--compare", "2025.2.0"),
      screen("--out", bySource, "--as-of", "2025-06-30", "--version", exported, "--compare", `${base}/2025.2.0`),
    ]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(readFileSync(bySource, "utf8")).toBe(readFileSync(byNumber, "utf8"));
  });

  it("refuses an export changed since (exit 2), an invalid draft with its problems (exit 2), a version the service lacks (exit 3)", { timeout: 30_000 }, async () => {
    const envelope = JSON.parse(await (await fetch(`${base}/2025.2.0`)).text());
    envelope.ruleset.measures[6].amount.cap = 3_000_000; // rd-post-subsidy
    const changed = join(dir, "changed.json"), invalid = join(dir, "invalid.json");
    writeFileSync(changed, JSON.stringify(envelope));
    writeFileSync(invalid, JSON.stringify({ ...draftA(), effectiveFrom: "2026-13-01" }));
    const [c, i, missing] = await Promise.all([
      screen("--out", join(dir, "o1.jsonl"), "--compare", changed),
      screen("--out", join(dir, "o2.jsonl"), "--compare", invalid),
      screen("--out", join(dir, "o3.jsonl"), "--compare", `${base}/2031.1.0`),
    ]);
    expect([c.code, i.code, missing.code]).toEqual([2, 2, 3]);
    expect(c.stderr).toMatch(/changed\.json: the rule set's hash is sha256:\w+, not the sha256:\w+ it was exported with/);
    expect(i.stderr).toMatch(/invalid\.json: not a valid rule set[^]*\/effectiveFrom: /);
    expect(missing.stderr).toMatch(/2031\.1\.0: 404 Not Found: .*no version "2031\.1\.0"/);
  });
});
