/**
 * The impact the console and `GET …/drafts/{v}/impact` show (src/review/impact.ts) equals
 * `npm run screen -- --version <replaced> --compare <draft>` on the same register (issue 14):
 * the synthetic register generated in the Worker against the file `register:generate` writes,
 * and an uploaded CSV read from text against the same file screened by the CLI.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeRegister } from "../../src/cli/register/write-register.js";
import { screenRegister } from "../../src/cli/screen/run.js";
import { type RegisterImpact, registerImpact } from "../../src/engine/impact.js";
import { generateRegister } from "../../src/register/generate.js";
import type { Draft } from "../../src/review/draft.js";
import { draftImpact, impactVersions } from "../../src/review/impact.js";
import { registerRows } from "../../src/review/registers.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { draftA } from "../support/drafts.js";

const catalog = await bundledCatalog();
const dir = mkdtempSync(join(tmpdir(), "draft-impact-"));
const SEED = 21, COUNT = 600;
const ruleset = draftA();
const draft = { id: ruleset.id, version: ruleset.version, ruleset, hash: canonicalHash(ruleset) } as Draft;
const v = impactVersions(draft, catalog);

/** What `screen --compare` says of `file`, in the impact's terms. */
async function screened(file: string) {
  const { summary } = await screenRegister({ input: file, out: join(dir, `${file.endsWith(".csv") ? "c" : "j"}-out.jsonl`), asOf: v.asOf, loaded: v.before!, other: v.after });
  const c = summary.compare!;
  return { enterprises: summary.enterprises, refused: summary.errorsByReason, changed: c.changed, gaining: c.gaining, losing: c.losing, budget: { before: summary.budget, after: c.budget, delta: c.delta }, measures: c.measures };
}
const shown = (r: RegisterImpact) => ({
  enterprises: r.enterprises, refused: r.refusedByReason, changed: r.changed, gaining: r.gaining, losing: r.losing, budget: r.budget,
  measures: r.measures.filter((m) => m.firms.length > 0).map(({ measureId, gained, lost, statusChanged, amountChanged, delta }) => ({ measureId, gained, lost, statusChanged, amountChanged, delta })),
});

describe("the impact shown = screen --compare", () => {
  it("the synthetic register generated in the Worker, against the JSONL file register:generate writes", { timeout: 60_000 }, async () => {
    const file = join(dir, "register.jsonl");
    await writeRegister(generateRegister({ seed: SEED, count: COUNT }), "jsonl", file);
    const { report, register } = await draftImpact(draft, catalog, undefined as unknown as D1Database, { kind: "synthetic", seed: SEED, count: COUNT });
    expect(register).toEqual({ key: `synthetic:${SEED}:${COUNT}`, name: `synthetic (seed ${SEED}, 600 firms)`, rows: COUNT });
    const expected = await screened(file);
    expect(shown(report)).toEqual(expected);
    expect(expected.changed).toBeGreaterThan(50);
  });

  it("an uploaded CSV read from text, against the same CSV screened by the CLI", { timeout: 60_000 }, async () => {
    const file = join(dir, "register.csv");
    await writeRegister(generateRegister({ seed: SEED, count: COUNT }), "csv", file);
    const report = await registerImpact(registerRows(readFileSync(file, "utf8"), "csv"), v);
    expect(shown(report)).toEqual(await screened(file));
  });
});
