/**
 * `npm run rules:impact` (src/cli/rules/impact.ts), in-process on this repository's rule files:
 * the report is the engine's on the same register; the synthetic register held in memory is the
 * file `register:generate` writes; the downloads; the exit codes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegister } from "../../src/register/generate.js";
import { writeRegister } from "../../src/cli/register/write-register.js";
import { rulesImpact } from "../../src/cli/rules/impact.js";
import type { CliIO } from "../../src/cli/rules/io.js";
import { readJsonl } from "../../src/cli/screen/read-jsonl.js";
import { registerImpact, type RegisterImpact } from "../../src/engine/impact.js";
import { bundledCatalog, DEFAULT_RULESET_ID as ID } from "../../src/ruleset/bundled.js";
import { loadRuleSet } from "../../src/ruleset/catalog.js";
import { draftA } from "../support/drafts.js";

const dir = mkdtempSync(join(tmpdir(), "rules-impact-"));
const draft = join(dir, "draft.json");
writeFileSync(draft, JSON.stringify(draftA()));
const register = join(dir, "register.jsonl");
await writeRegister(generateRegister({ seed: 3, count: 200 }), "jsonl", register);
const catalog = await bundledCatalog();

async function run(...args: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = await rulesImpact(args, { root: process.cwd(), out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-11-29" } satisfies CliIO);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
const engine = async (versions: { before?: string; asOf?: string } = {}) => {
  const after = loadRuleSet(draftA());
  const before = versions.before ? catalog.resolve({ id: ID, version: versions.before, asOf: "2026-01-01" }) : catalog.replacedBy(after.ruleset);
  return registerImpact(readJsonl(register), { before, after, asOf: versions.asOf ?? "2026-01-01" });
};

describe("rules:impact", () => {
  it("--json: the engine's report on the register, against the version in force on the draft's effectiveFrom", async () => {
    const r = await run(draft, "--register", register, "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(await engine());
  });

  it("the synthetic register in memory is the one register:generate writes", async () => {
    const r = await run(draft, "--seed", "3", "--count", "200", "--json");
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as RegisterImpact;
    expect(report.rows).toBe(200);
    expect(report).toEqual(await engine());
  });

  it("--replaces and --as-of choose the baseline and the date", async () => {
    const r = await run(draft, "--register", register, "--replaces", "2025.1.0", "--as-of", "2026-03-31", "--json");
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as RegisterImpact;
    expect([report.before?.version, report.asOf]).toEqual(["2025.1.0", "2026-03-31"]);
    expect(report).toEqual(await engine({ before: "2025.1.0", asOf: "2026-03-31" }));
  });

  it("prints a table by measure and the budget; --out writes the firms and measures CSV, or the JSON", async () => {
    const csv = join(dir, "impact.csv"), json = join(dir, "impact.json");
    const [text, withJson] = [await run(draft, "--register", register, "--out", csv), await run(draft, "--register", register, "--out", json)];
    expect(text.stdout).toMatch(/^impact of baotou-rare-earth-hi-tech-zone 2026\.1\.0 \(sha256:\w+…, effective 2026-01-01\) replacing 2025\.2\.0/);
    expect(text.stdout).toMatch(/│ rd-post-subsidy +│ 0 +│ 0 +│ 0 +│ \d+/);
    expect(text.stdout).toMatch(/\npayments: [\d,.]+ → [\d,.]+ yuan \([+−][\d,.]+\)/);
    const report = await engine();
    expect(readFileSync(csv, "utf8")).toMatch(/^\uFEFFmeasureId,title\.zh-CN,title\.en,change,line,creditCode,name,/);
    expect(readFileSync(csv, "utf8").trimEnd().split("\r\n")).toHaveLength(1 + report.measures.reduce((n, m) => n + m.firms.length, 0));
    expect(readFileSync(join(dir, "impact.measures.csv"), "utf8").trimEnd().split("\r\n")).toHaveLength(1 + report.measures.length + 1);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(report);
    expect(withJson.code).toBe(0);
  });

  it("exit 2 for bad arguments or a missing register, 3 for a version that does not exist", async () => {
    const [none, both, badDate, missing, noVersion] = await Promise.all([
      run(), run(draft, "--register", register, "--seed", "2"), run(draft, "--as-of", "2026-02-30"),
      run(draft, "--register", join(dir, "nope.jsonl")), run("2099.1.0"),
    ]);
    expect([none.code, both.code, badDate.code, missing.code, noVersion.code]).toEqual([2, 2, 2, 2, 3]);
    expect(both.stderr).toMatch(/--register and --seed\/--count exclude each other/);
    expect(missing.stderr).toMatch(/nope\.jsonl/);
    expect(noVersion.stderr).toMatch(/no version "2099\.1\.0"/);
  });
});
