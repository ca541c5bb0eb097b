/**
 * A draft's impact on an enterprise register (docs/staff.md, "Impact on the register"): every
 * firm decided under the version the draft replaces and under the draft, on the draft's
 * effectiveFrom (or `asOf`), by the engine `npm run screen -- --compare` and `rules:impact` use
 * (src/engine/impact.ts), so the numbers are theirs. The register is the synthetic one
 * (src/register/, generated here exactly as `register:generate` writes it and `screen` reads it
 * back) or one an officer uploaded (registers.ts).
 *
 * Deciding the zone's 24,800 firms twice takes seconds of CPU; the last few reports are kept in
 * the isolate's memory (keyed by the draft's hash, the replaced version's hash, the date and the
 * register's content), so the pages of one report — its firms, its downloads — are not decided
 * again while the isolate lives.
 */
import { type ImpactVersions, type RegisterImpact, registerImpact } from "../engine/impact.js";
import { jsonlRow } from "../engine/register-jsonl.js";
import type { RegisterRow } from "../engine/register-row.js";
import { generateRegister, jsonlLine } from "../register/generate.js";
import { type Catalog, loadRuleSet, RuleSetInvalidError } from "../ruleset/catalog.js";
import type { Draft } from "./draft.js";
import { registerRows, RegisterStore } from "./registers.js";
import { ReviewError } from "./service.js";

/** The synthetic register's size: the zone's 24,800 firms, and at most that. */
export const SYNTHETIC_COUNT = 24_800;

/** Which register: the synthetic one (seed, count) or an uploaded one (its id). */
export type RegisterChoice = { kind: "synthetic"; seed: number; count: number } | { kind: "uploaded"; id: string };

/** The synthetic register's rows, as writing it to JSONL and reading it back gives them (as `screen` reads a generated file). */
export function* syntheticRows(seed: number, count: number): Generator<RegisterRow> {
  for (const row of generateRegister({ seed, count })) yield jsonlRow(jsonlLine(row).trimEnd(), row.index + 1)!;
}

/** How a report names its register, e.g. `synthetic (seed 1, 24,800 firms)` or the file's name. */
export interface RegisterName {
  key: string;
  name: string;
  rows: number;
}

const kept = new Map<string, Promise<RegisterImpact>>();
const KEEP = 3;

/** The draft's versions: the draft loaded, the version it replaces. @throws ReviewError 422 when the draft does not load */
export function impactVersions(d: Draft, catalog: Catalog, asOf?: string): ImpactVersions {
  let after;
  try {
    after = loadRuleSet(d.ruleset);
  } catch (e) {
    if (!(e instanceof RuleSetInvalidError)) throw e;
    throw new ReviewError(422, "draft-not-ready", "The draft does not load", `its impact cannot be measured until it loads: ${e.message}`);
  }
  return { before: catalog.replacedBy(after.ruleset), after, asOf: asOf ?? after.ruleset.effectiveFrom };
}

/**
 * The impact of draft `d` on the register chosen.
 * @throws ReviewError 404 no such uploaded register, 422 the draft does not load
 */
export async function draftImpact(d: Draft, catalog: Catalog, db: D1Database, choice: RegisterChoice, asOf?: string): Promise<{ register: RegisterName; report: RegisterImpact }> {
  const v = impactVersions(d, catalog, asOf);
  let register: RegisterName, rows: () => Promise<Iterable<RegisterRow>>;
  if (choice.kind === "synthetic") {
    register = { key: `synthetic:${choice.seed}:${choice.count}`, name: `synthetic (seed ${choice.seed}, ${choice.count.toLocaleString("en-US")} firms)`, rows: choice.count };
    rows = async () => syntheticRows(choice.seed, choice.count);
  } else {
    const store = new RegisterStore(db);
    const r = await store.get(choice.id);
    if (!r) throw new ReviewError(404, "register-not-found", "Register not found", `there is no register ${choice.id}: GET /v1/registers lists them`);
    register = { key: `sha256:${r.sha256}`, name: r.name, rows: r.rows };
    rows = async () => registerRows(await store.text(r.id), r.format);
  }
  const key = [d.hash, v.before?.hash ?? "-", v.asOf, register.key].join("|");
  let report = kept.get(key);
  if (!report) {
    report = rows().then((it) => registerImpact(it, v));
    kept.set(key, report);
    report.catch(() => kept.delete(key));
    while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  }
  return { register, report: await report };
}
