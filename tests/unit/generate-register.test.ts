/**
 * The synthetic register generator (src/register/): reproducible from its seed, realistic
 * proportions, edge cases and invalid rows present in small proportions, every row meant to be
 * valid valid, and the CSV it writes read back to the same profiles.
 */
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { parseHeader } from "../../src/register/csv-header.js";
import { rowToProfile } from "../../src/register/csv-to-profile.js";
import { generateRegister, jsonlLine, type RegisterRow } from "../../src/register/generate.js";
import { EDGE_CASES, INVALID_CASES } from "../../src/register/special-rows.js";
import { REGISTER_DATE } from "../../src/register/synth-profile.js";
import { csvRecords } from "../../src/cli/register/write-register.js";
import { fieldErrors } from "../../src/http/problem.js";
import { sizeClass } from "../../src/profile/derived/size-class.js";
import { industryClass } from "../../src/profile/industry.js";
import { datedProblems, EnterpriseProfile, usccProblem } from "../../src/profile/index.js";

const rows = (seed: number, count: number) => [...generateRegister({ seed, count })];
const jsonl = (rs: RegisterRow[]) => rs.map(jsonlLine).join("");
const csv = (rs: RegisterRow[]) => stringify([...csvRecords(rs)]);

describe("reproducible", () => {
  it("the same seed gives the same register, byte for byte, in JSONL and CSV", () => {
    expect(jsonl(rows(7, 300))).toBe(jsonl(rows(7, 300)));
    expect(csv(rows(7, 300))).toBe(csv(rows(7, 300)));
  });

  it("another seed gives another register", () => {
    const a = rows(1, 300), b = rows(2, 300);
    expect(jsonl(a)).not.toBe(jsonl(b));
    const codes = new Set(a.map((r) => r.profile.creditCode));
    expect(b.filter((r) => codes.has(r.profile.creditCode)).length).toBeLessThan(3);
  });

  it("a register under 100 rows has no special rows; from 100 rows on, one of each kind at least", () => {
    expect(rows(3, 50).every((r) => r.tag === null)).toBe(true);
    expect(new Set(rows(3, 100).map((r) => r.tag)).size).toBe(EDGE_CASES.length + INVALID_CASES.length + 1);
  });
});

describe("a register of 2,000", () => {
  const register = rows(1, 2000);
  const parsed = register.map((r) => ({ row: r, result: EnterpriseProfile.safeParse(r.profile) }));
  const valid = parsed.filter((p) => p.result.success).map((p) => p.result.data!);

  it("every row meant to be valid passes the schema, and the date checks on the register date (but the late registrations)", () => {
    for (const { row, result } of parsed.filter((p) => !p.row.invalid)) {
      expect(result.success, `${row.index} ${row.tag}: ${JSON.stringify(result.error && fieldErrors(result.error.issues))}`).toBe(true);
      const dated = datedProblems(result.data!, REGISTER_DATE);
      expect(dated.length > 0, `${row.index} ${row.tag}`).toBe(row.tag === "registered-after-register-date");
    }
  });

  it("every invalid row is refused where it was broken; malformed lines are not JSON", () => {
    const pointers: Record<string, RegExp> = {
      "bad-check-character": /^\/creditCode$/, "negative-money": /^\/(totalAssets|annualTaxPaid|financials\/\d+\/revenue)$/, "ratio-above-1": /^\/talents\/0\/equityShare$/,
    };
    for (const { row, result } of parsed.filter((p) => p.row.invalid)) {
      if (row.malformed) {
        expect(() => JSON.parse(jsonlLine(row))).toThrow();
        continue;
      }
      expect(result.success, `${row.index} ${row.tag}`).toBe(false);
      expect(fieldErrors(result.error!.issues).map((e) => e.pointer), `${row.index} ${row.tag}`).toEqual([expect.stringMatching(pointers[row.tag!]!)]);
    }
  });

  it("has about 0.5 % invalid rows, of every kind, and every edge case", () => {
    const invalid = register.filter((r) => r.invalid);
    expect(invalid.length / register.length).toBeGreaterThanOrEqual(0.004);
    expect(invalid.length / register.length).toBeLessThanOrEqual(0.008);
    const tags = new Set(register.map((r) => r.tag));
    for (const c of [...EDGE_CASES, ...INVALID_CASES]) expect(tags, c.tag).toContain(c.tag);
    expect(register.filter((r) => r.tag !== null).length / register.length).toBeLessThan(0.05);
  });

  it("holds values exactly at the thresholds", () => {
    const last = (p: (typeof valid)[number]) => p.financials?.at(-1);
    expect(valid.some((p) => last(p)?.revenue === 50_000_000)).toBe(true);
    expect(valid.some((p) => last(p)?.taxableIncome === 3_000_000)).toBe(true);
    expect(valid.some((p) => p.employees === 500)).toBe(true);
    expect(valid.some((p) => p.averageEmployees === 300)).toBe(true);
    expect(valid.some((p) => p.averageTotalAssets === 50_000_000)).toBe(true);
    expect(valid.some((p) => p.innovationPoints === 70)).toBe(true);
    expect(valid.some((p) => [20e6, 30e6, 200e6, 500e6, 1e9].includes(p.project?.fixedAssetInvestment ?? -1))).toBe(true);
  });

  it("gives unique Baotou credit codes that pass the GB 32100-2015 check", () => {
    const codes = valid.map((p) => p.creditCode!);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) {
      expect(c).toMatch(/^91150200[0-9A-HJ-NP-RTUW-Y]{10}$/);
      expect(usccProblem(c)).toBeNull();
    }
  });

  it("is mostly micro and small firms, with some medium and a few large, consistent with their sector's bands", () => {
    const classes: Record<string, number> = {};
    for (const p of valid) {
      const c = p.industryCode && sizeClass(industryClass(p.industryCode).sector, { employees: p.employees, revenue: p.financials?.at(-1)?.revenue, totalAssets: p.totalAssets });
      if (c) classes[c] = (classes[c] ?? 0) + 1;
    }
    const known = Object.values(classes).reduce((a, b) => a + b, 0);
    expect(known / valid.length).toBeGreaterThan(0.85);
    expect(((classes.micro ?? 0) + (classes.small ?? 0)) / known).toBeGreaterThan(0.8);
    expect(classes.micro! / known).toBeGreaterThan(0.5);
    expect(classes.medium).toBeGreaterThan(0);
    expect(classes.large).toBeGreaterThan(0);
  });

  it("has the mix of data a register holds: R&D for many, some losses, some certificates, few projects, loans and talents, flags mostly false or left out", () => {
    const share = (f: (p: (typeof valid)[number]) => boolean) => valid.filter(f).length / valid.length;
    const within = (x: number, lo: number, hi: number) => expect(x >= lo && x <= hi, `${x} in [${lo}, ${hi}]`).toBe(true);
    within(share((p) => (p.financials?.at(-1)?.rdExpense ?? 0) > 0), 0.15, 0.45);
    within(share((p) => (p.financials?.at(-1)?.taxableIncome ?? 0) < 0), 0.05, 0.35);
    within(share((p) => p.financials?.length === 3), 0.5, 0.9);
    within(share((p) => p.financials === undefined), 0.05, 0.3);
    within(share((p) => p.certifications?.some((c) => c.type === "hnte") ?? false), 0.01, 0.08);
    within(share((p) => p.certifications?.some((c) => c.type === "tsme") ?? false), 0.02, 0.12);
    within(share((p) => p.certifications === undefined), 0.05, 0.25);
    within(share((p) => p.project !== undefined), 0.005, 0.05);
    within(share((p) => p.loanRequest !== undefined), 0.01, 0.08);
    within(share((p) => (p.talents?.length ?? 0) > 0), 0.005, 0.05);
    within(share((p) => p.flags === undefined), 0.05, 0.2);
    within(share((p) => p.flags !== undefined && Object.values(p.flags).some((v) => v)), 0.02, 0.15);
    within(share((p) => p.flags !== undefined && Object.keys(p.flags).length < 10), 0.03, 0.2);
    expect(new Set(valid.map((p) => p.industryCode)).size).toBeGreaterThan(15);
  });

  it("writes CSV that reads back to the same profiles", () => {
    const [header, ...cells] = [...csvRecords(register)];
    const { specs, problems } = parseHeader(header!);
    expect(problems).toEqual([]);
    cells.forEach((row, i) => {
      if (register[i]!.malformed) expect(row.length).toBeLessThan(header!.length);
      else expect(rowToProfile(specs, row).profile, `row ${i}`).toEqual(register[i]!.profile);
    });
  });
});
