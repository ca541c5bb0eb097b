/**
 * Before the worker tests, in Node: a generated register of a few thousand firms (JSONL and
 * CSV, with the generator's malformed and invalid rows) screened by `npm run screen`'s own code
 * (src/cli/screen/run.ts), so that tests/worker/screenings.test.ts can compare an asynchronous
 * screening's files with the CLI's, byte for byte. Provided to the tests as text.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { writeRegister } from "../../src/cli/register/write-register.js";
import { screenRegister } from "../../src/cli/screen/run.js";
import { generateRegister } from "../../src/register/generate.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

/** What the CLI wrote for the register of SCREEN_CLI.count firms, as text. */
export interface ScreenCli {
  asOf: string;
  version: string;
  /** the register files' paths: the `input` of the records */
  jsonlPath: string;
  csvPath: string;
  register: { jsonl: string; csv: string };
  /** from the JSONL register: records.jsonl; from the CSV register: records.jsonl, records.csv, summary.csv */
  fromJsonl: { jsonl: string };
  fromCsv: { jsonl: string; csv: string; summaryCsv: string };
}

declare module "vitest" {
  export interface ProvidedContext { screenCli: ScreenCli }
}

export default async function setup(project: TestProject): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
  const rows = [...generateRegister({ seed: 1515, count: 2_500 })];
  const jsonlPath = join(dir, "register.jsonl"), csvPath = join(dir, "register.csv");
  await writeRegister(rows, "jsonl", jsonlPath);
  await writeRegister(rows, "csv", csvPath);
  const asOf = "2026-06-30", version = "2025.2.0";
  const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version, asOf });
  const out = (name: string) => join(dir, name);
  await screenRegister({ input: jsonlPath, out: out("a.jsonl"), asOf, loaded });
  await screenRegister({ input: csvPath, out: out("b.jsonl"), asOf, loaded });
  await screenRegister({ input: csvPath, out: out("b.csv"), asOf, loaded });
  const text = (f: string) => readFileSync(f, "utf8");
  project.provide("screenCli", {
    asOf, version, jsonlPath, csvPath,
    register: { jsonl: text(jsonlPath), csv: text(csvPath) },
    fromJsonl: { jsonl: text(out("a.jsonl")) },
    fromCsv: { jsonl: text(out("b.jsonl")), csv: text(out("b.csv")), summaryCsv: text(out("b.summary.csv")) },
  });
}
