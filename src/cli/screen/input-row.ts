/** A row as read from a register file, before validation. */
import type { RowError } from "./records.js";

/** One input row: its line, its JSON value (when it could be read), problems found while reading. */
export interface InputRow {
  /** line of the file where the row starts, 1-based */
  line: number;
  /** the profile JSON; undefined when the row could not be read (see `problems`) */
  value?: unknown;
  /** problems found while reading: a row with any is reported as an error without validation */
  problems: RowError[];
  /** CSV rows: the column an error pointer refers to */
  columnOf?: (pointer: string) => string | undefined;
}

/** Raised for a file that cannot be screened at all (unreadable, or a CSV header naming no profile fields); the CLI exits 2. */
export class RegisterFileError extends Error {
  override name = "RegisterFileError";
}
