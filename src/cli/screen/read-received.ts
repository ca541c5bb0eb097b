/**
 * Reads a ledger of support received for `npm run screen -- --received <file>` (docs/screening.md,
 * "Support received"): one support record a line (JSONL) or a row (CSV, columns `creditCode`,
 * `measureId`, `status`, `amount`, `date`, `reference`, `fiscalYear`; an empty cell is left
 * out), each naming the firm by its credit code. Unlike the register, the ledger is read whole
 * and refused whole when a record is wrong: a wrong ledger would quietly change every total.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import * as z from "zod";
import { fieldErrors } from "../../http/problem.js";
import { CreditCode, SupportRecord } from "../../profile/index.js";
import { RegisterFileError } from "./input-row.js";

/** One record of the ledger: a support record and the firm's credit code. */
const LedgerRecord = SupportRecord.extend({ creditCode: CreditCode });

const NUMERIC = new Set(["amount", "fiscalYear"]);

/** A CSV row as a record: empty cells left out, numbers read as numbers (text that is not one is left for the schema to refuse). */
function fromCells(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const v = (cells[i] ?? "").trim();
    if (v !== "") out[h] = NUMERIC.has(h) && Number.isFinite(Number(v)) ? Number(v) : v;
  });
  return out;
}

/** The ledger's records with their line numbers. */
function records(path: string, text: string): { line: number; value: unknown }[] {
  if (!path.toLowerCase().endsWith(".csv")) {
    return text.split(/\r?\n/).flatMap((l, i) => {
      if (l.trim() === "") return [];
      try {
        return [{ line: i + 1, value: JSON.parse(l) as unknown }];
      } catch (e) {
        throw new RegisterFileError(`${path}:${i + 1}: malformed JSON: ${(e as Error).message}`);
      }
    });
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new RegisterFileError(`${path}: ${(e as Error).message}`);
  }
  const [header = [], ...body] = rows;
  const unknown = header.filter((h) => !(h in LedgerRecord.shape));
  if (unknown.length) throw new RegisterFileError(`${path}: unknown columns ${unknown.join(", ")}; the columns are ${Object.keys(LedgerRecord.shape).join(", ")}`);
  return body.map((cells, i) => ({ line: i + 2, value: fromCells(header, cells) }));
}

/**
 * @returns each firm's support records, by credit code, in the file's order
 * @throws RegisterFileError when the file cannot be read or any record is wrong (up to ten listed, each with its line and pointer)
 */
export function readReceived(path: string): Map<string, z.infer<typeof SupportRecord>[]> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new RegisterFileError(`${path}: cannot read: ${(e as Error).message}`);
  }
  const byCode = new Map<string, z.infer<typeof SupportRecord>[]>();
  const problems: string[] = [];
  for (const { line, value } of records(path, text)) {
    const parsed = LedgerRecord.safeParse(value);
    if (!parsed.success) {
      problems.push(...fieldErrors(parsed.error.issues).map((e) => `${path}:${line} ${e.pointer || "/"}: ${e.message}`));
      continue;
    }
    const { creditCode, ...record } = parsed.data;
    const list = byCode.get(creditCode) ?? [];
    list.push(record);
    byCode.set(creditCode, list);
  }
  if (problems.length) throw new RegisterFileError(`${path}: ${problems.length} problems, nothing screened:\n${problems.slice(0, 10).join("\n")}${problems.length > 10 ? `\n… and ${problems.length - 10} more` : ""}`);
  return byCode;
}
