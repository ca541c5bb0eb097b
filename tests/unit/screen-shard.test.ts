/**
 * Screening in shards (issue 15, "Screening beyond one machine"): `screen --shard k/n` on each
 * part and `screen:merge` of the n files give the bytes of one run over the whole register —
 * JSONL and CSV, with a comparison and a ledger of support received — on a generated register
 * with its malformed and invalid rows; the merge refuses files that are not the shards of one screening.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeRegister } from "../../src/cli/register/write-register.js";
import { RegisterFileError } from "../../src/cli/screen/input-row.js";
import { mergeShards } from "../../src/cli/screen/merge.js";
import { parseShard, screenRegister, type ScreenOptions } from "../../src/cli/screen/run.js";
import { generateRegister } from "../../src/register/generate.js";
import { bundledCatalog, DEFAULT_RULESET_ID as ID } from "../../src/ruleset/bundled.js";
import type { Catalog, LoadedRuleSet } from "../../src/ruleset/catalog.js";

const dir = mkdtempSync(join(tmpdir(), "screen-shard-"));
const rows = [...generateRegister({ seed: 15, count: 2_000 })];
const jsonl = join(dir, "register.jsonl");
const csv = join(dir, "register.csv");
let catalog: Catalog;
let loaded: LoadedRuleSet;
let older: LoadedRuleSet;

beforeAll(async () => {
  await writeRegister(rows, "jsonl", jsonl);
  await writeRegister(rows, "csv", csv);
  catalog = await bundledCatalog();
  loaded = catalog.resolve({ id: ID, asOf: "2026-06-30" });
  older = catalog.resolve({ id: ID, version: "2025.1.0", asOf: "2026-06-30" });
});

const read = (f: string) => readFileSync(f);

/** The whole run to `out`, the n shards and their merge to `merged`; @returns the two files' paths. */
async function wholeAndMerged(name: string, base: Omit<ScreenOptions, "out" | "loaded">, n: number, ext = "jsonl"): Promise<[string, string]> {
  const whole = join(dir, `${name}.whole.${ext}`);
  await screenRegister({ ...base, loaded, out: whole });
  const shards: string[] = [];
  for (let k = n; k >= 1; k--) { // any order
    const out = join(dir, `${name}.${k}-of-${n}.jsonl`);
    await screenRegister({ ...base, loaded, out, shard: { index: k, count: n } });
    shards.push(out);
  }
  const merged = join(dir, `${name}.merged.${ext}`);
  await mergeShards(shards, merged, loaded);
  return [whole, merged];
}

describe("screen --shard k/n and screen:merge", () => {
  it("merge(shards) is the unsharded run, byte for byte (JSONL register, 3 shards)", async () => {
    const [whole, merged] = await wholeAndMerged("plain", { input: jsonl, asOf: "2026-06-30" }, 3);
    expect(read(merged).equals(read(whole))).toBe(true);
    const lines = read(whole).toString().trimEnd().split("\n");
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.some((l) => l.startsWith('{"type":"error"'))).toBe(true); // the register's bad rows are in the shards too
  });

  it("with a comparison and a CSV register, as CSV (rows and summary files), 4 shards", async () => {
    const [whole, merged] = await wholeAndMerged("compare", { input: csv, asOf: "2026-06-30", other: older }, 4, "csv");
    expect(read(merged).equals(read(whole))).toBe(true);
    expect(read(merged.replace(/\.csv$/, ".summary.csv")).equals(read(whole.replace(/\.csv$/, ".summary.csv")))).toBe(true);
  });

  it("with a ledger of support received, one shard per row and more shards than rows", async () => {
    const first = rows.slice(0, 5);
    const small = join(dir, "small.jsonl");
    writeFileSync(small, first.map((r) => JSON.stringify(r.profile) + "\n").join(""));
    const code = first.find((r) => !r.invalid && !r.malformed)!.profile.creditCode as string;
    const received = new Map([[code, [{ creditCode: code, measureId: "half-day-registration", status: "granted" as const, amount: null, date: "2026-03-01", reference: "test", fiscalYear: null }]]]);
    const [whole, merged] = await wholeAndMerged("ledger", { input: small, asOf: "2026-06-30", received: received as never, receivedFile: "ledger.csv" }, 7);
    expect(read(merged).equals(read(whole))).toBe(true);
  });

  it("a shard holds the rows at positions k, k+n, … and says so in its run and summary records", async () => {
    const out = join(dir, "second.jsonl");
    const { summary } = await screenRegister({ input: jsonl, asOf: "2026-06-30", loaded, out, shard: { index: 2, count: 3 } });
    const records = read(out).toString().trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(records[0]).toMatchObject({ type: "run", shard: "2/3" });
    expect(summary).toMatchObject({ shard: "2/3", rows: Math.floor((rows.length - 2) / 3) + 1 });
    expect(records[1].line).toBe(2); // JSONL: position 1 is line 2
    expect(records[2].line).toBe(5);
  });

  it("refuses shards of different screenings, a missing or repeated shard, a file that is not a shard", async () => {
    const a = join(dir, "a.jsonl"), b = join(dir, "b.jsonl"), c = join(dir, "c.jsonl");
    await screenRegister({ input: jsonl, asOf: "2026-06-30", loaded, out: a, shard: { index: 1, count: 2 } });
    await screenRegister({ input: jsonl, asOf: "2026-07-01", loaded, out: b, shard: { index: 2, count: 2 } });
    await screenRegister({ input: jsonl, asOf: "2026-06-30", loaded, out: c });
    await expect(mergeShards([a, b], join(dir, "x.jsonl"))).rejects.toThrow(/not a shard of the same screening/);
    await expect(mergeShards([a], join(dir, "x.jsonl"))).rejects.toThrow("give every shard 1…2 once: got 1/2");
    await expect(mergeShards([a, a], join(dir, "x.jsonl"))).rejects.toThrow(RegisterFileError);
    await expect(mergeShards([c], join(dir, "x.jsonl"))).rejects.toThrow(/not a shard/);
    const cut = join(dir, "cut.jsonl");
    writeFileSync(cut, read(a).toString().split("\n").slice(0, 10).join("\n") + "\n");
    const b2 = join(dir, "b2.jsonl");
    await screenRegister({ input: jsonl, asOf: "2026-06-30", loaded, out: b2, shard: { index: 2, count: 2 } });
    await expect(mergeShards([cut, b2], join(dir, "x.jsonl"))).rejects.toThrow(/cut short/);
  });

  it("reads k/n with 1 ≤ k ≤ n only", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("1/1")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "2", "2/", "a/b", "-1/3", "2/4/1"]) expect(parseShard(bad)).toBeNull();
  });
});
