/** What every job handler is given, and what it answers. */
import type { AppDeps, Bindings } from "../worker-env.js";

/** A handler's view of the Worker: its bindings, the catalog and clock, and the message's delivery. */
export interface JobContext {
  env: Bindings;
  deps: AppDeps;
  /** the time the batch is handled */
  now: Date;
  /** this delivery's number: 1 the first time, 2 at the first retry, … */
  attempts: number;
}

/** Nothing: done (the message is acknowledged); `retryIn`: deliver it again after that many seconds. */
export type JobOutcome = void | { retryIn: number };

/** The bindings a job needs, or an error naming the missing one (the message is retried: a deploy may fix it). */
export function binding<K extends "DB" | "JOBS" | "SCREENINGS">(env: Bindings, name: K): NonNullable<Bindings[K]> {
  const b = env[name];
  if (!b) throw new Error(`the ${name} binding is missing (wrangler.toml)`);
  return b as NonNullable<Bindings[K]>;
}
