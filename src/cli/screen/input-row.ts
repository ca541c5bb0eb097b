/** A row as read from a register file, before validation: the engine's RegisterRow (src/engine/register-row.ts). */
export type { RegisterRow as InputRow } from "../../engine/register-row.js";

/** Raised for a file that cannot be screened at all (unreadable, or a CSV header naming no profile fields); the CLI exits 2. */
export class RegisterFileError extends Error {
  override name = "RegisterFileError";
}
