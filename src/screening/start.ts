/**
 * Starting an asynchronous screening (`POST /v1/screenings`; docs/screening.md, "Asynchronous
 * screenings"): the register is cut into chunks (chunks.ts), each put in R2, the screening's row
 * and its chunks' rows written to D1 in one transaction, then one `screen-chunk` message a chunk
 * sent to the jobs queue. A register refused (its CSV header, no row) stores nothing.
 */
import { RegisterHeaderError } from "../engine/register-csv.js";
import type { JobMessage } from "../jobs/messages.js";
import { sendAll } from "../jobs/messages.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import { ruleSetRef } from "../ruleset/catalog.js";
import { cutRegister } from "./chunks.js";
import { chunkInKey } from "./layout.js";
import { ScreeningStore, type Screening } from "./store.js";

/** A register that cannot be screened: a CSV whose header names no profile field, or no row at all. */
export class UnscreenableRegisterError extends Error {
  override name = "UnscreenableRegisterError";
  constructor(message: string, readonly problems: readonly string[] = []) {
    super(message);
  }
}

/** What to screen. */
export interface NewScreening {
  /** the register's text (UTF-8 decoded) and its size in bytes as sent */
  text: string;
  bytes: number;
  format: "jsonl" | "csv";
  /** the register's name, the `input` of the run and summary records */
  input: string;
  /** ISO date, Asia/Shanghai */
  asOf: string;
  loaded: LoadedRuleSet;
  /** `staff:<label>` */
  by: string;
}

/**
 * @returns the screening, `running`
 * @throws UnscreenableRegisterError; D1's, R2's and the queue's errors (chunks already in R2 stay there, unreferenced)
 */
export async function startScreening(env: { DB: D1Database; JOBS: Queue<JobMessage>; SCREENINGS: R2Bucket }, n: NewScreening, now: Date): Promise<Screening> {
  let chunks;
  try {
    chunks = cutRegister(n.text, n.format);
  } catch (e) {
    if (e instanceof RegisterHeaderError) throw new UnscreenableRegisterError(e.message, e.problems);
    throw e;
  }
  if (chunks.length === 0) throw new UnscreenableRegisterError("the register has no row to screen");
  const id = `scr_${crypto.randomUUID().replaceAll("-", "")}`;
  for (const [i, c] of chunks.entries()) await env.SCREENINGS.put(chunkInKey(id, i), JSON.stringify(c), { httpMetadata: { contentType: "application/json" } });
  const store = new ScreeningStore(env.DB);
  await store.create({ id, input: n.input, format: n.format, asOf: n.asOf, ruleset: ruleSetRef(n.loaded), bytes: n.bytes, createdBy: n.by },
    chunks.map((c) => (c.format === "jsonl" ? c.lines.length : c.records.length)), now);
  await sendAll(env.JOBS, chunks.map((_, chunk) => ({ type: "screen-chunk", job: id, chunk })));
  return (await store.get(id))!;
}
