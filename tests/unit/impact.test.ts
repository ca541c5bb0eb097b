/**
 * A draft's impact on a register (src/engine/impact.ts): worked out by hand on small registers
 * of fixture firms, and equal to `screen --compare` (the same rows decided under the replaced
 * version and the draft) on a generated register of a few hundred firms.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegister } from "../../src/register/generate.js";
import { readJsonl } from "../../src/cli/screen/read-jsonl.js";
import type { EnterpriseRecord } from "../../src/screen/records.js";
import { screenRegister } from "../../src/cli/screen/run.js";
import { addYuan, zeroTotals } from "../../src/engine/compare.js";
import { impactFirmsCsv, impactMeasuresCsv } from "../../src/engine/impact-csv.js";
import { registerImpact, type RegisterImpact } from "../../src/engine/impact.js";
import { jsonlRows } from "../../src/engine/register-jsonl.js";
import type { RegisterRow } from "../../src/engine/register-row.js";
import type { Totals } from "../../src/engine/result.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { loadRuleSet } from "../../src/ruleset/catalog.js";
import { draftA, draftB } from "../support/drafts.js";
import { PROFILES } from "../support/cases.js";

const catalog = await bundledCatalog();
const ASOF = "2026-01-01";
const KINDS: (keyof Totals)[] = ["payment", "taxSaving", "creditLine", "interestSubsidy"];
const profile = (name: string) => structuredClone(PROFILES[`fixtures/profiles/${name}.json`]!) as { creditCode: string; name: string } & Record<string, unknown>;
const rows = (values: unknown[]): RegisterRow[] => values.map((value, i) => (typeof value === "string" ? { line: i + 1, problems: [{ pointer: "", message: value }] } : { line: i + 1, value, problems: [] }));
const payment = (v: number): Totals => ({ ...zeroTotals(), payment: v });
const impactOf = async (draft: unknown, values: unknown[]) => {
  const after = loadRuleSet(draft);
  return registerImpact(rows(values), { before: catalog.replacedBy(after.ruleset), after, asOf: ASOF });
};
const m = (r: RegisterImpact, id: string) => r.measures.find((x) => x.measureId === id)!;

describe("impact worked out by hand", () => {
  // Last year's accounts on 2026-01-01 are each firm's 2024 accounts (the profiles' latest year).
  const register = [
    profile("ndfeb-magnet-maker-small-rd-40m-at-cap"), // small; R&D 40,000,000
    profile("ndfeb-plant-project-fai-30m-equipment-10m"), // small; R&D 520,000; FAI 30,000,000, 12,000.5 m² on purchased land
    profile("rare-earth-smelter-large-at-band-edges"), // large; R&D 12,600,000; FAI 380,000,000, 52,000 m²
    profile("micro-magnet-workshop-assessed-taxation"), // assessed taxation: no R&D post-subsidy under either
    "malformed JSON: Unexpected end of JSON input",
    { ...profile("ndfeb-magnet-maker-hnte-ready"), employees: -1 },
  ];

  it("draft A replaces 2025.2.0 and is decided on its effectiveFrom", async () => {
    const r = await impactOf(draftA(), register);
    expect([r.before?.version, r.after.version, r.asOf]).toEqual(["2025.2.0", "2026.1.0", ASOF]);
    expect([r.rows, r.enterprises, r.refused, r.refusedByReason.malformed, r.refusedByReason.invalid]).toEqual([6, 4, 2, 1, 1]);
    expect(r.refusedRows.map((x) => [x.line, x.reason])).toEqual([[5, "malformed"], [6, "invalid"]]);
    expect(r.refusedRows[1]!.errors[0]!.pointer).toBe("/employees");
  });

  it("R&D post-subsidy: new rates and a lower cap change three firms' amounts", async () => {
    const rd = m(await impactOf(draftA(), register), "rd-post-subsidy");
    // firm 1: 5 % × 40,000,000 = 2,000,000 (at the 2,000,000 cap) → 6 % × 40,000,000 = 2,400,000, capped at 1,000,000
    // firm 2: 5 % × 520,000 = 26,000 → 6 % = 31,200; firm 3 (large): 3 % × 12,600,000 = 378,000 → 4 % = 504,000
    expect(rd.firms.map((f) => [f.line, f.change, f.amountBefore, f.amountAfter])).toEqual([
      [1, "amount", 2_000_000, 1_000_000], [2, "amount", 26_000, 31_200], [3, "amount", 378_000, 504_000],
    ]);
    const first = register[0] as { creditCode: string; name: string };
    expect([rd.firms[0]!.creditCode, rd.firms[0]!.name]).toEqual([first.creditCode, first.name]);
    expect([rd.gained, rd.lost, rd.statusChanged, rd.amountChanged, rd.eligibleBefore, rd.eligibleAfter]).toEqual([0, 0, 0, 3, 3, 3]);
    expect(rd.budgetBefore).toEqual(payment(2_404_000)); // 2,000,000 + 26,000 + 378,000
    expect(rd.budgetAfter).toEqual(payment(1_535_200)); // 1,000,000 + 31,200 + 504,000
    expect(rd.delta).toEqual(payment(-868_800));
  });

  it("factory subsidy from 50,000,000: the 30,000,000 plant loses it, the 380,000,000 smelter keeps band 2", async () => {
    const factory = m(await impactOf(draftA(), register), "factory-construction-subsidy");
    // firm 2: 30,000,000 ≥ 30,000,000 → band 1, 100 × 12,000.5 m² = 1,200,050; under the draft 30,000,000 < 50,000,000: ineligible
    expect(factory.firms.map((f) => [f.line, f.change, f.before, f.after, f.amountBefore, f.amountAfter])).toEqual([[2, "loss", "eligible", "ineligible", 1_200_050, 0]]);
    expect([factory.gained, factory.lost, factory.eligibleBefore, factory.eligibleAfter]).toEqual([0, 1, 2, 1]);
    expect(factory.delta).toEqual(payment(-1_200_050));
    expect(factory.budgetAfter).toEqual(payment(10_400_000)); // firm 3: 200 × 52,000 m² in band 2 (200M–500M) under both
  });

  it("in total: three firms change, one loses a measure, the budget falls by 2,068,850 in payments", async () => {
    const r = await impactOf(draftA(), register);
    expect([r.changed, r.gaining, r.losing]).toEqual([3, 0, 1]);
    expect(r.budget.delta).toEqual(payment(-2_068_850)); // −868,800 − 1,200,050
    expect(r.measures.filter((x) => x.firms.length > 0).map((x) => x.measureId)).toEqual(["rd-post-subsidy", "factory-construction-subsidy"]);
    for (const k of KINDS) expect(addYuan(r.budget.before[k], r.budget.delta[k]), k).toBe(r.budget.after[k]);
    expect(r.measures.map((x) => x.measureId)).toEqual(catalog.resolve({ id: r.after.id, version: "2025.2.0", asOf: ASOF }).ruleset.measures.map((x) => x.id));
  });

  it("draft B: a new band 20M–30M at 50 per m² — a 25,000,000 plant gains the subsidy", async () => {
    const plant = profile("ndfeb-plant-project-fai-30m-equipment-10m") as unknown as { project: { fixedAssetInvestment: number } };
    plant.project.fixedAssetInvestment = 25_000_000;
    const r = await impactOf(draftB(), [plant, profile("ndfeb-plant-project-fai-30m-equipment-10m")]);
    const factory = m(r, "factory-construction-subsidy");
    // 25,000,000 < 30,000,000: ineligible under 2025.2.0; under the draft ≥ 20,000,000, band 20M–30M: 50 × 12,000.5 = 600,025
    expect(factory.firms.map((f) => [f.line, f.change, f.before, f.after, f.amountAfter])).toEqual([[1, "gain", "ineligible", "eligible", 600_025]]);
    expect([r.changed, r.gaining, r.losing]).toEqual([1, 1, 0]);
    expect(r.budget.delta).toEqual(payment(600_025));
  });

  it("a draft no version precedes: every eligible decision is a gain, the budget before is zero", async () => {
    const first = { ...draftA(), id: "another-zone" };
    const after = loadRuleSet(first);
    expect(catalog.replacedBy(after.ruleset)).toBeUndefined();
    const r = await registerImpact(rows(register.slice(0, 3)), { before: undefined, after, asOf: ASOF });
    expect(r.before).toBeNull();
    expect(r.budget.before).toEqual(zeroTotals());
    expect(r.budget.delta).toEqual(r.budget.after);
    expect(m(r, "rd-post-subsidy")).toMatchObject({ gained: 3, inBefore: false, inAfter: true, eligibleBefore: 0, eligibleAfter: 3 });
  });
});

describe("downloads", () => {
  it("CSV with a UTF-8 BOM: a row per firm and measure changed, a row per measure and the total; formulas in names defused", async () => {
    const firm = { ...profile("ndfeb-magnet-maker-small-rd-40m-at-cap"), name: "=HYPERLINK(\"x\")" };
    const r = await impactOf(draftA(), [firm, profile("ndfeb-plant-project-fai-30m-equipment-10m")]);
    const firms = impactFirmsCsv(r), measures = impactMeasuresCsv(r);
    expect(firms.startsWith("\uFEFFmeasureId,title.zh-CN,title.en,change,line,creditCode,name,")).toBe(true);
    const lines = firms.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3); // two R&D amounts, one factory loss
    const title = m(r, "rd-post-subsidy").title;
    expect(lines[1]).toBe(`rd-post-subsidy,${title["zh-CN"]},${title.en},amount,1,${firm.creditCode},"'=HYPERLINK(""x"")",eligible,eligible,2000000,1000000,-1000000,0,0,0`);
    const rows = measures.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + r.measures.length + 1);
    expect(rows.at(-1)).toBe(`(total),,,,,,,0,1,,,${KINDS.map((k) => r.budget.before[k]).join(",")},${KINDS.map((k) => r.budget.after[k]).join(",")},-2194850,0,0,0`);
  });

  it("the JSON report survives a round trip unchanged (what a console downloads)", async () => {
    const r = await impactOf(draftA(), [profile("ndfeb-plant-project-fai-30m-equipment-10m"), "malformed"]);
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});

describe("impact equals screen --compare on a generated register", () => {
  const dir = mkdtempSync(join(tmpdir(), "impact-test-"));
  const input = join(dir, "register.jsonl");
  writeFileSync(input, [...generateRegister({ seed: 14, count: 400 })].map((r) => JSON.stringify(r.profile) + "\n").join(""));
  const after = loadRuleSet(draftA());
  const before = catalog.replacedBy(after.ruleset)!;

  it("the same counts, per-measure gains, losses and money, budgets and firms", { timeout: 30_000 }, async () => {
    const impact = await registerImpact(readJsonl(input), { before, after, asOf: ASOF });
    const { summary } = await screenRegister({ input, out: join(dir, "screen.jsonl"), asOf: ASOF, loaded: before, other: after });
    const c = summary.compare!;
    expect(impact.enterprises).toBe(summary.enterprises);
    expect(impact.refusedByReason).toEqual(summary.errorsByReason);
    expect([impact.changed, impact.gaining, impact.losing]).toEqual([c.changed, c.gaining, c.losing]);
    expect(impact.budget).toEqual({ before: summary.budget, after: c.budget, delta: c.delta });
    const changedMeasures = impact.measures.filter((x) => x.firms.length > 0);
    expect(changedMeasures.map(({ measureId, gained, lost, statusChanged, amountChanged, delta }) => ({ measureId, gained, lost, statusChanged, amountChanged, delta }))).toEqual(c.measures);
    for (const x of impact.measures) expect(x.budgetBefore, x.measureId).toEqual(summary.measures.find((s) => s.measureId === x.measureId)!.amounts);
    const records = readFileSync(join(dir, "screen.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as EnterpriseRecord).filter((x) => x.type === "enterprise");
    for (const x of impact.measures) {
      const behind = records.flatMap((e) => e.compare!.changes.filter((ch) => ch.measureId === x.measureId).map(({ measureId: _m, ...ch }) => ({ line: e.line, creditCode: e.creditCode, name: e.name, ...ch })));
      expect(x.firms.map(({ delta: _d, ...f }) => f), x.measureId).toEqual(behind);
    }
    expect(impact.changed).toBeGreaterThan(50); // the generated firms do feel the draft
  });
});

describe("a JSONL register held in memory (an upload)", () => {
  it("reads as the file does: a BOM ignored, CRLF, blank lines skipped, a broken line a malformed row", async () => {
    const lines = [JSON.stringify(profile("ndfeb-plant-project-fai-30m-equipment-10m")), "", "{\"name\": ", JSON.stringify(profile("ndfeb-magnet-maker-small-rd-40m-at-cap"))];
    const text = "\uFEFF" + lines.join("\r\n") + "\r\n";
    const file = join(mkdtempSync(join(tmpdir(), "impact-upload-")), "upload.jsonl");
    writeFileSync(file, text);
    const rows = [...jsonlRows(text)];
    expect(rows.map((r) => [r.line, r.problems.length])).toEqual([[1, 0], [3, 1], [4, 0]]);
    const versions = { before: catalog.resolve({ id: "baotou-rare-earth-hi-tech-zone", version: "2025.2.0", asOf: ASOF }), after: loadRuleSet(draftA()), asOf: ASOF };
    expect(await registerImpact(rows, versions)).toEqual(await registerImpact(readJsonl(file), versions));
  });
});
