/**
 * The seeded synthetic register of Baotou Rare Earth Hi-Tech Zone enterprises: `count` rows,
 * each a drawn profile (synth-profile.ts), some turned into edge cases or invalid rows
 * (special-rows.ts). The same seed and count give the same rows, on any machine.
 */
import { registerColumns, type CsvLayout } from "./csv-columns.js";
import { CreditCodes } from "./credit-codes.js";
import { csvRowWriter } from "./profile-to-csv.js";
import { Random } from "./random.js";
import { planSpecialRows } from "./special-rows.js";
import { MAX_CERTIFICATIONS, MAX_TALENTS, REGISTER_YEARS, synthProfile, type ProfileJson } from "./synth-profile.js";

/** One row of the register. */
export interface RegisterRow {
  /** 0-based position in the register */
  index: number;
  /** the profile JSON (for a malformed row: what the truncated line was cut from) */
  profile: ProfileJson;
  /** the special case's tag (e.g. `revenue-exactly-50m`, `bad-check-character`), null for an ordinary row */
  tag: string | null;
  /** the row must be refused by the screen (schema or parse error) */
  invalid: boolean;
  /** the row is written truncated: a malformed JSON line, or a CSV row cut short */
  malformed: boolean;
}

/** What to generate. */
export interface RegisterOptions {
  /** PRNG seed, an integer 0 – 4,294,967,295 */
  seed: number;
  /** number of rows (enterprises), ≥ 0 */
  count: number;
}

/**
 * The register's rows, lazily (nothing but the issued credit codes is kept in memory).
 * @throws RangeError for a seed or count out of range
 */
export function* generateRegister(opts: RegisterOptions): Generator<RegisterRow> {
  if (!Number.isInteger(opts.count) || opts.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${opts.count}`);
  const r = new Random(opts.seed);
  const codes = new CreditCodes();
  const special = planSpecialRows(r, opts.count);
  for (let index = 0; index < opts.count; index++) {
    const profile = synthProfile(r, codes.next(r));
    const c = special.get(index);
    c?.apply(r, profile);
    yield { index, profile, tag: c?.tag ?? null, invalid: c?.invalid ?? false, malformed: c?.malformed ?? false };
  }
}

/** One JSONL line of a row, with its newline: a malformed row's line is cut short. */
export function jsonlLine(row: RegisterRow): string {
  const json = JSON.stringify(row.profile);
  return (row.malformed ? json.slice(0, Math.floor(json.length * 0.6)) : json) + "\n";
}

/** The CSV layout of the synthetic register: years 2022–2024, 5 certificates, 2 talents. */
export const REGISTER_LAYOUT: CsvLayout = { years: REGISTER_YEARS, certifications: MAX_CERTIFICATIONS, talents: MAX_TALENTS };

/** The CSV records (arrays of cells), the header first: a malformed row's record is cut short. */
export function* csvRecords(rows: Iterable<RegisterRow>, layout: CsvLayout = REGISTER_LAYOUT): Generator<string[]> {
  const columns = registerColumns(layout);
  const write = csvRowWriter(columns);
  yield columns;
  for (const row of rows) {
    const cells = write(row.profile);
    yield row.malformed ? cells.slice(0, Math.ceil(cells.length * 0.4)) : cells;
  }
}
