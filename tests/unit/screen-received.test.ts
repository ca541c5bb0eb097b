/**
 * `npm run screen -- --received <ledger>` (issue 15): support already granted or paid is
 * reported apart and left out of the totals and the budget; values worked by hand (2025.2.0,
 * asOf 2025-06-30). Without a ledger the output is as before.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { summaryPath } from "../../src/cli/screen/csv-writer.js";
import { RegisterFileError } from "../../src/cli/screen/input-row.js";
import { readReceived } from "../../src/cli/screen/read-received.js";
import type { EnterpriseRecord, SummaryRecord } from "../../src/screen/records.js";
import { screenRegister } from "../../src/cli/screen/run.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { PROFILES } from "../support/cases.js";

const AS_OF = "2025-06-30";
const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: AS_OF });
const dir = mkdtempSync(join(tmpdir(), "screen-received-"));
const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"]!; // 91150200MA0N3K7R4K: rd-post-subsidy 125,000
const bonded = PROFILES["fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"]!; // 91150200MA0QY7D85N: payments 631,000
const write = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const register = write("register.jsonl", [magnet, bonded].map((p) => JSON.stringify(p)).join("\n") + "\n");
const LEDGER = [
  { creditCode: magnet.creditCode, measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024, reference: "包科发〔2025〕12号" },
  { creditCode: magnet.creditCode, measureId: "rd-post-subsidy", status: "granted", amount: 140000, date: "2024-04-15", fiscalYear: 2023 }, // another year
  { creditCode: bonded.creditCode, measureId: "hnte-recognition-award", status: "paid", amount: 500000, date: "2024-10-08" },
  { creditCode: bonded.creditCode, measureId: "tsme-database-award", status: "applied", date: "2025-06-01" }, // applied only
];
const ledger = write("ledger.jsonl", LEDGER.map((r) => JSON.stringify(r)).join("\n") + "\n");

async function screen(out: string, received?: string) {
  await screenRegister({ input: register, out, asOf: AS_OF, loaded, received: received ? readReceived(received) : undefined, receivedFile: received });
  return readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
}

describe("screening with a ledger of support received", () => {
  it("reports the received apart, keeps them out of eligible, totals and the budget", async () => {
    const [run, m, b, summary] = (await screen(join(dir, "with.jsonl"), ledger)) as [{ received: string }, EnterpriseRecord, EnterpriseRecord, SummaryRecord];
    expect(run.received).toBe(ledger);
    expect(m.eligible.map((x) => x.measureId)).not.toContain("rd-post-subsidy");
    expect(m.received).toEqual([{ measureId: "rd-post-subsidy", status: "eligible", amount: 125000, kind: "payment",
      received: { status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024, reference: "包科发〔2025〕12号" } }]);
    expect(m.totals.payment).toBe(0); // 125,000 received
    expect(b.received!.map((x) => x.measureId)).toEqual(["hnte-recognition-award"]);
    expect(b.eligible.map((x) => x.measureId)).toContain("tsme-database-award"); // applied for, not received
    expect(b.totals.payment).toBe(131000); // 631,000 − 500,000
    const rd = summary.measures.find((x) => x.measureId === "rd-post-subsidy")!;
    expect([rd.eligible, rd.received, rd.amounts.payment]).toEqual([2, 1, 81000]); // the bonded maker's 1,620,000 × 5 %
    expect(summary.budget.payment).toBe(131000);
  });

  it("without a ledger, the records are as they were: no received lists or counts", async () => {
    const [, m, , summary] = (await screen(join(dir, "without.jsonl"))) as [unknown, EnterpriseRecord, EnterpriseRecord, SummaryRecord];
    expect("received" in m).toBe(false);
    expect(m.totals.payment).toBe(125000);
    expect(summary.measures.every((x) => !("received" in x))).toBe(true);
    expect(summary.budget.payment).toBe(756000); // 125,000 + 631,000
  });

  it("in CSV, a received column, the measure's status kept and its amount column empty", async () => {
    const out = join(dir, "with.csv");
    await screenRegister({ input: register, out, asOf: AS_OF, loaded, received: readReceived(ledger), receivedFile: ledger });
    // header cells are "key 中文标题": the key is the text before the first space
    const keyed = { bom: true, columns: (header: string[]) => header.map((h) => h.split(" ")[0]) };
    const rows = parse(readFileSync(out, "utf8"), keyed) as Record<string, string>[];
    expect(rows[0]!).toMatchObject({ received: "rd-post-subsidy", "rd-post-subsidy": "eligible", "rd-post-subsidy.amount": "", payment: "0" });
    const sums = parse(readFileSync(summaryPath(out), "utf8"), keyed) as Record<string, string>[];
    expect(sums.find((r) => r.measureId === "hnte-recognition-award")).toMatchObject({ eligible: "1", received: "1", payment: "0" });
  });

  it("reads a CSV ledger; refuses a ledger with a wrong record whole, naming each line and field", () => {
    const csv = write("ledger.csv", "creditCode,measureId,status,amount,date,reference,fiscalYear\n" +
      `${magnet.creditCode},rd-post-subsidy,granted,125000,2025-04-15,,2024\n`);
    expect(readReceived(csv).get(magnet.creditCode as string)).toEqual([{ measureId: "rd-post-subsidy", status: "granted", amount: 125000, date: "2025-04-15", fiscalYear: 2024 }]);
    const bad = write("bad.jsonl", [JSON.stringify(LEDGER[0]), JSON.stringify({ ...LEDGER[0], status: "promised", creditCode: "91150200MA0N3K7R4X" })].join("\n"));
    expect(() => readReceived(bad)).toThrow(RegisterFileError);
    expect(() => readReceived(bad)).toThrow(/bad\.jsonl:2 \/creditCode: .*18th character/);
    expect(() => readReceived(bad)).toThrow(/bad\.jsonl:2 \/status: status must be one of applied, granted, paid/);
    expect(() => readReceived(write("cols.csv", "creditCode,measure\n"))).toThrow(/unknown columns measure/);
    expect(() => readReceived(write("broken.jsonl", "{"))).toThrow(/broken\.jsonl:1: malformed JSON/);
  });

  it("as a person runs it: a bad ledger exits 2 before anything is screened", { timeout: 30_000 }, async () => {
    const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
    const out = join(dir, "never.jsonl");
    const err = await promisify(execFile)(process.execPath, [TSX, "src/cli/screen.ts", register, "--out", out, "--received", join(dir, "bad.jsonl")]).catch((e) => e as { code: number; stderr: string });
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toMatch(/nothing screened/);
  });
});
