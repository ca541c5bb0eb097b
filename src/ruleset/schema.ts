/**
 * The RuleSet: one version of a rule set, as stored in `rules/<id>/<version>.json`
 * (DESIGN.md "Rule files and versions"). `rules/ruleset.schema.json` is written from this
 * schema by `npm run schema:write`; a test fails when the committed file is stale.
 */
import * as z from "zod";
import { Bilingual, IsoDate } from "../profile/index.js";
import { Amount, IncomeTax, isIncomeTaxAmount } from "./amount.js";
import { references, TopCondition } from "./condition.js";
import { referenceOrder } from "./reference-order.js";
import { canonicalVersion } from "./version.js";

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "id must be kebab-case, e.g. rd-post-subsidy" });

/** `YYYY.N.P` without leading zeros in any part: the one spelling of a version number. */
const VERSION = /^[1-9]\d{3}\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * `YYYY.N.P`, compared numerically part by part, in its one spelling (`2041.7.0`):
 * `2041.07.0`, the same number, is refused with the spelling to use.
 */
export const Version = z.string({ error: "version must be text YYYY.N.P, e.g. \"2025.1.0\"" }).regex(VERSION, {
  error: (i) => {
    const canonical = canonicalVersion(String(i.input));
    return VERSION.test(canonical)
      ? `version "${String(i.input)}" has a leading zero: write it ${canonical} (the same number, in its one spelling)`
      : "version must be YYYY.N.P, e.g. 2025.1.0";
  },
});

/** Evidence grades of policy/SOURCES.md: V-gov, V, V1 (verified), M (widely stated), U (unverified). */
export const Evidence = z.enum(["V-gov", "V", "V1", "M", "U"]).describe(
  "How firmly the measure's source is established (the research notes' evidence grade): `V-gov` seen on a government page; " +
  "`V` exact text in several copies that agree; `V1` one copy only, believable, still to be checked; " +
  "`M` widely stated but not confirmed against the document; `U` not verified. A measure graded M or U is indicative: " +
  "shown with `indicativeReason`, left out of totals. People see the grade in words, never the letter.",
);
export type Evidence = z.infer<typeof Evidence>;

/** The document a measure encodes. */
export const Source = z.strictObject({
  title: z.string().min(1),
  issuer: z.string().min(1),
  /** document number, e.g. 国科发火〔2016〕32号 (left out when no copy gives one) */
  number: z.string().min(1).optional(),
  /** the document's date (left out when unknown; say where it was reported in `note`) */
  date: IsoDate.optional(),
  /** where the text was seen, e.g. "包头日报 2022-08-10; China Daily 2022-08-03" */
  note: z.string().min(1).optional(),
  url: z.url().optional(),
  clause: z.string().min(1).optional(),
});

/** An administrative fast track and what it promises. */
export const Channel = z.strictObject({
  id: kebab,
  title: Bilingual,
  commitment: Bilingual,
  department: Bilingual,
});

/** Where and when to apply. */
export const Apply = z.strictObject({
  department: Bilingual,
  url: z.url().optional(),
  window: Bilingual.optional(),
});

/** One measure of the catalogue. */
export const Measure = z.strictObject({
  id: kebab,
  kind: z.enum(["subsidy", "award", "loan", "tax-incentive", "designation", "fast-track", "service"]),
  title: Bilingual,
  summary: Bilingual,
  source: Source,
  evidence: Evidence,
  /** a model policy from elsewhere: shown, never counted in totals */
  modelPolicy: z.boolean().optional(),
  /**
   * What support of this measure is granted for, so that support already received is not
   * offered again (docs/dossiers.md, "Support received"): `once` — at most once per enterprise
   * (a one-off award, a project's subsidy); `fiscal-year` — for one fiscal year's figures (a
   * yearly subsidy, a tax incentive), received when granted for the fiscal year the decision
   * reads. Left out: the measure is not support that is received (a designation, a fast track).
   */
  period: z.enum(["once", "fiscal-year"], { error: "period must be once or fiscal-year" }).optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  conditions: TopCondition,
  amount: Amount.optional(),
  channels: z.array(kebab).default([]),
  excludes: z.array(kebab).optional(),
  stackingGroup: kebab.optional(),
  apply: Apply,
  requiredDocuments: z.array(Bilingual).default([]),
  unmodeledConditions: z.array(Bilingual).default([]),
});
export type Measure = z.infer<typeof Measure>;

/** A dated value: in force from `from` (inclusive) until the next entry's `from`. */
export const DatedValue = z.strictObject({ from: IsoDate, value: z.number() });

export const RuleSet = z
  .strictObject({
    $schema: z.string().optional(),
    id: kebab,
    version: Version,
    title: Bilingual,
    effectiveFrom: IsoDate,
    changelog: z.array(Bilingual).default([]),
    parameters: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), z.array(DatedValue).min(1)).default({}),
    /** the income tax the `deduction` and `rateRegime` amounts act on (needed when a measure has one) */
    incomeTax: IncomeTax.optional(),
    /** named conditions, used by `{ "condition": "name" }` in measures (json-rules-engine's shared conditions) */
    conditions: z.record(z.string().min(1), TopCondition).default({}),
    channels: z.array(Channel).default([]),
    measures: z.array(Measure).min(1),
  })
  .superRefine((rs, ctx) => {
    const measureIds = new Set<string>();
    rs.measures.forEach((m, i) => {
      if (measureIds.has(m.id)) ctx.addIssue({ code: "custom", path: ["measures", i, "id"], message: `duplicate measure id "${m.id}"` });
      measureIds.add(m.id);
    });
    const channelIds = new Set(rs.channels.map((c) => c.id));
    rs.measures.forEach((m, i) => {
      m.channels.forEach((c, j) => {
        if (!channelIds.has(c)) ctx.addIssue({ code: "custom", path: ["measures", i, "channels", j], message: `unknown channel "${c}"` });
      });
      m.excludes?.forEach((x, j) => {
        if (!measureIds.has(x)) ctx.addIssue({ code: "custom", path: ["measures", i, "excludes", j], message: `excludes unknown measure "${x}"` });
      });
    });
    checkReferences(rs, ctx);
    if (!rs.incomeTax) {
      rs.measures.forEach((m, i) => {
        if (isIncomeTaxAmount(m.amount)) ctx.addIssue({ code: "custom", path: ["measures", i, "amount", "type"], message: `a "${m.amount.type}" amount needs the rule set's "incomeTax" (fiscalYear, taxableIncome, generalRate, clause): the engine computes the income tax once, for the package` });
      });
    }
    for (const [name, rows] of Object.entries(rs.parameters)) {
      rows.forEach((r, j) => {
        if (j > 0 && r.from <= rows[j - 1]!.from) {
          ctx.addIssue({ code: "custom", path: ["parameters", name, j, "from"], message: "dated values must be in increasing `from` order" });
        }
      });
    }
  });
/** Every reference names a condition of the rule set, and no named condition refers back to itself. */
function checkReferences(rs: { conditions: Record<string, TopCondition>; measures: { conditions: TopCondition }[] }, ctx: z.RefinementCtx): void {
  const known = (name: string) => Object.hasOwn(rs.conditions, name);
  const unknown = (tree: TopCondition, path: (string | number)[], what: string) => {
    for (const r of references(tree)) if (!known(r)) ctx.addIssue({ code: "custom", path, message: `refers to condition "${r}", which ${what}` });
  };
  rs.measures.forEach((m, i) => unknown(m.conditions, ["measures", i, "conditions"], `the rule set's "conditions" does not define`));
  const names = Object.keys(rs.conditions);
  names.forEach((name) => unknown(rs.conditions[name]!, ["conditions", name], "is not defined"));
  for (const [name] of referenceOrder(names, (n) => references(rs.conditions[n]!)).cycles) {
    ctx.addIssue({ code: "custom", path: ["conditions", name!], message: `condition "${name}" refers back to itself (a cycle)` });
  }
}

/** A parsed, checked rule-set version (defaults filled in). */
export type RuleSet = z.infer<typeof RuleSet>;
/** A rule set as written in JSON (before defaults). */
export type RuleSetInput = z.input<typeof RuleSet>;
