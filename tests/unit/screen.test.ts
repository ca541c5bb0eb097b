/**
 * `npm run screen` end to end on small registers built from the rule authors' cases
 * (fixtures/cases) plus deliberately bad lines: every input line is accounted for, bad rows
 * carry line numbers and pointers, good rows the statuses and amounts the cases expect, and the
 * summary adds up. JSONL and CSV input; JSONL and CSV output; `--compare`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { registerColumns } from "../../src/register/csv-columns.js";
import { csvRowWriter } from "../../src/register/profile-to-csv.js";
import { summaryPath } from "../../src/cli/screen/csv-writer.js";
import { RegisterFileError } from "../../src/cli/screen/input-row.js";
import type { EnterpriseRecord, ErrorRecord, RunRecord, SummaryRecord } from "../../src/screen/records.js";
import { screenRegister } from "../../src/cli/screen/run.js";
import { addYuan } from "../../src/engine/compare.js";
import { isRefused, screenRow } from "../../src/engine/register-row.js";
import type { Totals } from "../../src/engine/result.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES, type Case } from "../support/cases.js";

const ASOF = "2025-06-30";
const catalog = await bundledCatalog();
const version = (v: string) => catalog.resolve({ id: DEFAULT_RULESET_ID, version: v, asOf: ASOF });
const dir = mkdtempSync(join(tmpdir(), "screen-test-"));
const KINDS: (keyof Totals)[] = ["payment", "taxSaving", "creditLine", "interestSubsidy"];

type Rec = RunRecord | EnterpriseRecord | ErrorRecord | SummaryRecord;
const readJsonl = (path: string): Rec[] => readFileSync(path, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Rec);
const casesFor = (v: string) => CASES.filter((c) => c.asOf === ASOF && c.version === v);

/** A register file's lines and what each row must become. */
interface Expected { line: number; case?: Case; error?: { reason: ErrorRecord["reason"]; pointer: string; column?: string; message?: RegExp } }

/** Checks the rows of a screen against the expectations: one record per row, in order, with the right line. */
function checkRows(records: Rec[], expected: Expected[]) {
  const rows = records.filter((r): r is EnterpriseRecord | ErrorRecord => r.type === "enterprise" || r.type === "error");
  expect(rows.map((r) => r.line)).toEqual(expected.map((e) => e.line));
  rows.forEach((r, i) => {
    const e = expected[i]!;
    if (e.error) {
      expect(r, `line ${e.line}`).toMatchObject({ type: "error", reason: e.error.reason });
      const err = (r as ErrorRecord).errors.find((x) => x.pointer === e.error!.pointer);
      expect(err, `line ${e.line}: ${JSON.stringify(r)}`).toBeDefined();
      if (e.error.column) expect(err!.column).toBe(e.error.column);
      if (e.error.message) expect(err!.message).toMatch(e.error.message);
      return;
    }
    expect(r.type, `line ${e.line}: ${JSON.stringify(r)}`).toBe("enterprise");
    const ent = r as EnterpriseRecord;
    for (const [measureId, want] of Object.entries(e.case!.expect)) {
      const eligible = ent.eligible.find((m) => m.measureId === measureId);
      const status = eligible ? "eligible" : ent.undetermined.includes(measureId) ? "undetermined" : "ineligible";
      expect(status, `${e.case!.file}: ${measureId}`).toBe(want.status);
      if (want.amount !== undefined) expect(eligible?.amount, `${e.case!.file}: ${measureId} amount`).toBe(want.amount);
    }
  });
}

/** The summary adds up: every row counted, per-measure counts cover every enterprise, money sums to the budget. */
function checkSummary(records: Rec[], rows: number) {
  const summary = records.at(-1) as SummaryRecord;
  const enterprises = records.filter((r): r is EnterpriseRecord => r.type === "enterprise");
  expect(summary.type).toBe("summary");
  expect([summary.rows, summary.enterprises, summary.errors]).toEqual([rows, enterprises.length, records.filter((r) => r.type === "error").length]);
  expect(Object.values(summary.errorsByReason).reduce((a, b) => a + b, 0)).toBe(summary.errors);
  for (const m of summary.measures) {
    expect(m.eligible + m.ineligible + m.undetermined, m.measureId).toBe(summary.enterprises);
    expect(m.eligible, m.measureId).toBe(enterprises.filter((e) => e.eligible.some((x) => x.measureId === m.measureId)).length);
    expect(m.undetermined, m.measureId).toBe(enterprises.filter((e) => e.undetermined.includes(m.measureId)).length);
  }
  for (const k of KINDS) {
    expect(summary.measures.reduce((s, m) => addYuan(s, m.amounts[k]), 0), k).toBe(summary.budget[k]);
    expect(enterprises.reduce((s, e) => addYuan(s, e.totals[k]), 0), k).toBe(summary.budget[k]);
  }
  expect(summary.budget.payment + summary.budget.taxSaving).toBeGreaterThan(0);
  return summary;
}

describe("a refused row", () => {
  it("lists its schema errors and its date problems together", () => {
    const row = { line: 7, value: { employees: -1, registrationDate: "2025-07-01", certifications: [{ type: "hnte", issuedOn: "2025-08-01" }] }, problems: [] };
    const r = screenRow(row, { loaded: version("2025.2.0").ruleset, asOf: ASOF });
    expect(isRefused(r) && r.reason).toBe("invalid");
    expect(isRefused(r) ? r.errors.map((e) => e.pointer).sort() : []).toEqual(["/certifications/0/issuedOn", "/employees", "/registrationDate"]);
  });
});

describe("JSONL register", () => {
  const cases = casesFor("2025.2.0");
  const base = cases[0]!.profile as Record<string, unknown> & { financials: Record<string, unknown>[] };
  const bad: { text: string; error: Expected["error"] }[] = [
    { text: '{"creditCode": "91150200MA0QY7D85N", "name": "包头', error: { reason: "malformed", pointer: "", message: /malformed JSON/ } },
    { text: JSON.stringify({ ...base, financials: base.financials.map((y, i) => (i === 2 ? { ...y, revenue: -1 } : y)) }), error: { reason: "invalid", pointer: "/financials/2/revenue", message: /cannot be negative/ } },
    { text: JSON.stringify({ ...base, creditCode: "91150200MA0QY7D85M" }), error: { reason: "invalid", pointer: "/creditCode", message: /check/ } },
    { text: JSON.stringify({ ...base, talents: [{ tier: "provincial", equityShare: 30 }] }), error: { reason: "invalid", pointer: "/talents/0/equityShare", message: /did you mean 0\.3/ } },
    { text: "[1, 2]", error: { reason: "invalid", pointer: "", message: /JSON object/ } },
    // 国科发火〔2016〕32号 第九条: three years from issue, the last day the third anniversary (2020-01-01 → 2023-01-01)
    { text: JSON.stringify({ ...base, certifications: [{ type: "hnte", issuedOn: "2020-01-01", validUntil: "2099-01-01" }] }), error: { reason: "invalid", pointer: "/certifications/0/validUntil", message: /valid until 2023-01-01 at the latest, not 2099-01-01/ } },
    { text: JSON.stringify({ ...base, certifications: [{ type: "hnte", issuedOn: "2020-01-01", validUntil: "2023-01-02" }] }), error: { reason: "invalid", pointer: "/certifications/0/validUntil", message: /valid until 2023-01-01 at the latest/ } },
    { text: JSON.stringify({ ...base, talents: [{ tier: "national", equityShare: 0.9 }, { tier: "provincial", equityShare: 0.9 }] }), error: { reason: "invalid", pointer: "/talents/1/equityShare", message: /add up to 180 %/ } },
    { text: JSON.stringify({ ...base, revenu: 1 }), error: { reason: "invalid", pointer: "/revenu", message: /unknown field/ } },
    { text: JSON.stringify({ ...base, registrationDate: "2025-07-01" }), error: { reason: "invalid-on-date", pointer: "/registrationDate", message: /after the evaluation date/ } },
  ];
  const lines: string[] = [];
  const expected: Expected[] = [];
  cases.forEach((c, i) => {
    lines.push(JSON.stringify(c.profile));
    expected.push({ line: lines.length, case: c });
    if (i % 10 === 5) lines.push(""); // a blank line is not a row
    const b = bad[i];
    if (b) {
      lines.push(b.text);
      expected.push({ line: lines.length, error: b.error });
    }
  });
  const input = join(dir, "register.jsonl");
  let records: Rec[];

  beforeAll(async () => {
    writeFileSync(input, "\uFEFF" + lines.join("\r\n") + "\n");
    await screenRegister({ input, out: join(dir, "out.jsonl"), asOf: ASOF, loaded: version("2025.2.0") });
    records = readJsonl(join(dir, "out.jsonl"));
  });

  it("starts with the run record naming the version and its hash", () => {
    expect(records[0]).toMatchObject({ type: "run", format: "jsonl", asOf: ASOF, ruleset: { version: "2025.2.0", hash: expect.stringMatching(/^sha256:/) } });
  });

  it(`accounts for every line: ${cases.length} enterprises with the statuses their cases expect, ${bad.length} bad rows with line numbers and pointers`, () => {
    expect(cases.length).toBeGreaterThan(50);
    checkRows(records, expected);
  });

  it("ends with a summary that adds up", () => {
    const s = checkSummary(records, expected.length);
    expect(s.errorsByReason).toEqual({ malformed: 1, invalid: 8, "invalid-on-date": 1, "evaluation-failed": 0 });
  });

  it("writes CSV when --out ends in .csv: one row per input row, and a summary file whose amounts are the columns' sums", async () => {
    const out = join(dir, "out.csv");
    const { summary, files } = await screenRegister({ input, out, asOf: ASOF, loaded: version("2025.2.0") });
    expect(files).toEqual([out, summaryPath(out)]);
    // as a program reads it: the byte-order mark dropped, each column by its key (the header text before the first space)
    const byKey = { bom: true, columns: (header: string[]) => header.map((h) => h.split(" ")[0]!) };
    const rows = parse(readFileSync(out), byKey) as Record<string, string>[];
    expect(rows.map((r) => Number(r.line))).toEqual(expected.map((e) => e.line));
    expect(rows.filter((r) => r.type === "error").map((r) => r.errors!.split(":")[0])).toEqual(bad.map((b) => b.error!.pointer || "/"));
    const sums = parse(readFileSync(summaryPath(out)), byKey) as Record<string, string>[];
    for (const m of summary.measures) {
      const line = sums.find((r) => r.measureId === m.measureId)!;
      expect(Number(line.eligible)).toBe(m.eligible);
      const column = rows.reduce((s, r) => addYuan(s, Number(r[`${m.measureId}.amount`] || 0)), 0);
      expect(column, m.measureId).toBe(KINDS.reduce((s, k) => addYuan(s, m.amounts[k]), 0));
    }
    expect(Number(sums.at(-1)!.payment)).toBe(summary.budget.payment);
    expect(sums.at(-1)!.measureId).toBe("(budget)");
    expect(sums.find((r) => r.measureId === "rd-post-subsidy")!.title).toBe("包头市研发费用后补助");
  });

  it("writes CSV that Excel on a Chinese PC opens: UTF-8 with a byte-order mark, each header cell the key and its Chinese title", async () => {
    const out = join(dir, "excel.csv");
    await screenRegister({ input, out, asOf: ASOF, loaded: version("2025.2.0") });
    for (const file of [out, summaryPath(out)]) expect([...readFileSync(file).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = parse(readFileSync(out), { bom: true, to: 1 }) as string[][];
    expect(header!.slice(0, 3)).toEqual(["type 记录类型", "line 行号", "creditCode 统一社会信用代码"]);
    expect(header).toContain("rd-post-subsidy 包头市研发费用后补助");
    expect(header).toContain("rd-post-subsidy.amount 包头市研发费用后补助（计入合计的金额，元）");
    expect(header).toContain("taxSaving 预计减免税额（元）");
    for (const cell of header!) expect(cell.split(" ")[0], cell).toMatch(/^[A-Za-z][A-Za-z0-9.-]*$/);
    const [summaryHeader] = parse(readFileSync(summaryPath(out)), { bom: true, to: 1 }) as string[][];
    expect(summaryHeader!.slice(0, 3)).toEqual(["measureId 政策编号", "title 政策名称", "kind 政策类别"]);
  });

  it("--compare: who gains and loses, and a budget difference equal to screening under the other version", async () => {
    const { summary } = await screenRegister({ input, out: join(dir, "compare.jsonl"), asOf: ASOF, loaded: version("2025.2.0"), other: version("2023.1.0") });
    const alone = (await screenRegister({ input, out: join(dir, "other.jsonl"), asOf: ASOF, loaded: version("2023.1.0") })).summary;
    const c = summary.compare!;
    expect(c.ruleset.version).toBe("2023.1.0");
    expect(c.budget).toEqual(alone.budget);
    for (const k of KINDS) expect(addYuan(summary.budget[k], c.delta[k])).toBe(alone.budget[k]);
    // 2023.1.0's SLPE relief ended on 2024-12-31: everyone eligible under 2025.2.0 loses it
    const slpe = summary.measures.find((m) => m.measureId === "slpe-income-tax-relief")!;
    expect(slpe.eligible).toBeGreaterThan(0);
    expect(c.measures.find((m) => m.measureId === "slpe-income-tax-relief")).toMatchObject({ lost: slpe.eligible, gained: 0, delta: { taxSaving: -slpe.amounts.taxSaving } });
    const records = readJsonl(join(dir, "compare.jsonl")).filter((r): r is EnterpriseRecord => r.type === "enterprise");
    const others = new Map(readJsonl(join(dir, "other.jsonl")).filter((r): r is EnterpriseRecord => r.type === "enterprise").map((r) => [r.line, r]));
    for (const r of records) {
      const before = new Set(r.eligible.map((m) => m.measureId)), after = new Set(others.get(r.line)!.eligible.map((m) => m.measureId));
      expect(r.compare!.gains, `line ${r.line}`).toEqual([...after].filter((m) => !before.has(m)));
      expect(r.compare!.losses, `line ${r.line}`).toEqual([...before].filter((m) => !after.has(m)));
    }
    expect(c.losing).toBe(records.filter((r) => r.compare!.losses.length > 0).length);
  });
});

describe("CSV register", () => {
  const cases = casesFor("2025.1.0");
  const profiles = cases.map((c) => c.profile);
  const years = [...new Set(profiles.flatMap((p) => ((p.financials as { year: number }[] | undefined) ?? []).map((y) => y.year)))].sort();
  const columns = registerColumns({ years, certifications: Math.max(...profiles.map((p) => (p.certifications as unknown[] | undefined)?.length ?? 0)), talents: Math.max(...profiles.map((p) => (p.talents as unknown[] | undefined)?.length ?? 0)) });
  const write = csvRowWriter(columns);
  const quote = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
  const lastYear = years.at(-1)!;

  const lines: string[] = [columns.join(",")];
  const expected: Expected[] = [];
  const nextLine = () => lines.reduce((n, l) => n + 1 + (l.match(/\n/g) ?? []).length, 0) + 1; // physical lines so far, + 1
  const row = (cells: string[], e: Omit<Expected, "line">) => {
    expected.push({ line: nextLine(), ...e });
    lines.push(quote(cells));
  };
  cases.forEach((c, i) => {
    const cells = write(c.profile);
    if (i === 3) cells[columns.indexOf("name")] = "包头\n多行名称有限公司"; // a quoted line break: the row spans two lines
    row(cells, { case: c });
    if (i === 7) lines.push(""); // an empty line is not a row
    if (i === 10) row(cells.slice(0, 20), { error: { reason: "malformed", pointer: "", message: /20 cells/ } });
    if (i === 12) {
      const bad = [...cells];
      bad[columns.indexOf(`financials.${lastYear}.revenue`)] = "12万";
      const at = (c.profile.financials as unknown[]).length - 1;
      row(bad, { error: { reason: "invalid", pointer: `/financials/${at}/revenue`, column: `financials.${lastYear}.revenue`, message: /not text/ } });
    }
    if (i === 13) {
      const bad = [...cells];
      bad[columns.indexOf("certifications.1.type")] = "hnte";
      bad[columns.indexOf("certifications.1.issuedOn")] = "2022-12-01";
      bad[columns.indexOf("certifications.1.validUntil")] = "2025-12-02"; // a day past 2025-12-01, the third anniversary
      row(bad, { error: { reason: "invalid", pointer: "/certifications/0/validUntil", column: "certifications.1.validUntil", message: /valid until 2025-12-01 at the latest, not 2025-12-02/ } });
    }
    if (i === 14) {
      const bad = [...cells];
      bad[columns.indexOf("creditCode")] = "91150200ma0qy7d85n";
      row(bad, { error: { reason: "invalid", pointer: "/creditCode", column: "creditCode", message: /upper case/ } });
    }
  });
  const input = join(dir, "register.csv");
  let records: Rec[];

  beforeAll(async () => {
    // a quote that never closes swallows the rest of the file: one error row, at its line
    const unclosed = nextLine();
    writeFileSync(input, lines.join("\n") + `\n91150200MA0QY7D85N,"包头未闭合\n`);
    expected.push({ line: unclosed, error: { reason: "malformed", pointer: "", message: /Quote Not Closed/ } });
    await screenRegister({ input, out: join(dir, "csv-out.jsonl"), asOf: ASOF, loaded: version("2025.1.0") });
    records = readJsonl(join(dir, "csv-out.jsonl"));
  });

  it(`accounts for every row: ${cases.length} enterprises as their cases expect, bad rows with line numbers, pointers and columns`, () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(records[0]).toMatchObject({ type: "run", format: "csv" });
    checkRows(records, expected);
    expect((records.find((r) => r.type === "enterprise" && r.name?.includes("多行")) as EnterpriseRecord).line).toBe(expected[3]!.line);
  });

  it("ends with a summary that adds up", () => {
    checkSummary(records, expected.length);
  });

  it("refuses a header with a misspelt column before writing anything", async () => {
    const path = join(dir, "bad-header.csv");
    writeFileSync(path, "creditCode,financials.2024.revenu\n91150200MA0QY7D85N,1\n");
    await expect(screenRegister({ input: path, out: join(dir, "never.jsonl"), asOf: ASOF, loaded: version("2025.1.0") })).rejects.toThrow(RegisterFileError);
    expect(() => readFileSync(join(dir, "never.jsonl"))).toThrow();
  });
});
