/**
 * The MatchResult (DESIGN.md "MatchResult (output)"), as a zod schema: the one source of
 * its TypeScript type and of its OpenAPI description.
 */
import * as z from "zod";
import { Bilingual } from "../profile/index.js";
import { AmountKind } from "../ruleset/amount.js";
import { Apply, Channel, Evidence, Source } from "../ruleset/schema.js";
import { IncomeTax, IncomeTaxDecision } from "./income-tax/result.js";
import { Received } from "./received.js";
import { REFERENCE_PATTERN } from "./reference.js";

/**
 * A Bilingual text or null. Not `Bilingual.nullable()`: Bilingual is a named OpenAPI component,
 * and zod-to-openapi writes its nullable as `allOf: [$ref, {type: [object, null]}]`, which null
 * never satisfies; a union is written `anyOf: [$ref, {type: null}]`.
 */
const NullableBilingual = z.union([Bilingual, z.null()]);

/** Eligible (true), ineligible (false), undetermined (unknown: a fact it needs is missing). */
export const Status = z.enum(["eligible", "ineligible", "undetermined"]);
export type Status = z.infer<typeof Status>;

/** The status of a three-valued result. */
export const statusOf = (r: boolean | null): Status => (r === true ? "eligible" : r === false ? "ineligible" : "undetermined");

/** The three-valued result of a status. */
export const truthOf = (s: Status): boolean | null => (s === "eligible" ? true : s === "ineligible" ? false : null);

/** Which `totals` field an amount kind adds to. */
const TOTAL_KEY = { payment: "payment", "tax-saving": "taxSaving", "credit-line": "creditLine", "interest-subsidy": "interestSubsidy" } as const;

/** What `totals` reads of a measure's outcome: amounts in yuan. */
export interface Countable {
  status: Status;
  amount: number | null;
  kind: AmountKind | null;
  indicative: boolean;
  excludedBy: string | null;
  /** support of the measure already received for the decision's period (received.ts) */
  received?: unknown;
}

/** What `totals` reads of a measure's result (explained or not). */
export const countable = (m: { status: Status; amount: { value: number; kind: AmountKind } | null; indicative: boolean; excludedBy: string | null; received?: unknown }): Countable => ({
  status: m.status, amount: m.amount?.value ?? null, kind: m.amount?.kind ?? null, indicative: m.indicative, excludedBy: m.excludedBy, received: m.received,
});

/**
 * `totals` (DESIGN.md "Amounts"): sums over eligible, non-excluded, non-indicative measures
 * not yet received, by amount kind, added exactly in integer fen (each amount is within ±10^13
 * yuan; past 2^53 fen in all, summed again as BigInt) and given as the JSON number nearest the
 * exact sum — the sum itself up to about 7 × 10^13 yuan (docs/decisions.md).
 */
export function totalsOf(items: Iterable<Countable>): Totals {
  const fen = { payment: 0, taxSaving: 0, creditLine: 0, interestSubsidy: 0 };
  const counted: [keyof Totals, number][] = [];
  let magnitude = 0;
  for (const d of items) {
    if (d.status !== "eligible" || d.amount === null || !d.kind || d.indicative || d.excludedBy !== null || d.received !== undefined) continue;
    const f = Math.round(d.amount * 100);
    fen[TOTAL_KEY[d.kind]] += f;
    magnitude += Math.abs(f);
    counted.push([TOTAL_KEY[d.kind], f]);
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return exactTotals(counted);
  return { payment: fen.payment / 100, taxSaving: fen.taxSaving / 100, creditLine: fen.creditLine / 100, interestSubsidy: fen.interestSubsidy / 100 };
}

/** Totals past 2^53 fen (only amounts in the trillions reach it): BigInt sums, each read back as the nearest JSON number. */
function exactTotals(counted: readonly [keyof Totals, number][]): Totals {
  const big = { payment: 0n, taxSaving: 0n, creditLine: 0n, interestSubsidy: 0n };
  for (const [key, f] of counted) big[key] += BigInt(f);
  const yuan = (f: bigint) => {
    const abs = f < 0n ? -f : f;
    return Number(`${f < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`);
  };
  return { payment: yuan(big.payment), taxSaving: yuan(big.taxSaving), creditLine: yuan(big.creditLine), interestSubsidy: yuan(big.interestSubsidy) };
}

/** One leaf condition as evaluated. `result` null = unknown (a fact it needs is missing). */
export const ConditionResult = z.object({
  fact: z.string(),
  operator: z.string(),
  /** the value compared with (resolved when the rule names another fact) */
  required: z.unknown(),
  /** the fact's value; null when missing */
  actual: z.unknown(),
  result: z.boolean().nullable(),
  /** did it decide the status? (engine/decisive.ts) */
  decisive: z.boolean().describe(
    "true when this condition decided the measure's status: for an ineligible measure, the failing conditions that are its reasons " +
    "(a failing condition whose `any` has another branch that holds decided nothing); for an eligible one, the conditions it stood on; " +
    "for an undetermined one, the unknown ones. `explain=brief` lists only these.",
  ),
  /** the `any`s it is under, outermost first, each with the branch it is in */
  anyOf: z.array(z.object({
    any: z.string().describe("RFC 6901 pointer to the `any` in the rule-set version, e.g. `/conditions/hnte-article-11/all/3/any`"),
    branch: z.number().int().min(0).describe("the 0-based index of the branch of that `any` the condition is in"),
  })).optional().describe(
    "present when the condition is one of alternatives: the `any`s it is under, outermost first, each with the branch it is in. " +
    "Failing decisive conditions sharing an `any` are alternatives: meeting the conditions of any one branch would do.",
  ),
  clause: z.string().optional(),
  /** the condition as a sentence, generated from fact, operator and values */
  text: Bilingual,
  /** a condition that time will make hold: the date from which it holds (ISO) */
  from: z.string().optional(),
  /** a condition that holds now and that time will end: its last day (ISO) */
  until: z.string().optional(),
});
export type ConditionResult = z.infer<typeof ConditionResult>;

/** An estimated amount in yuan, with its formula filled in. */
export const AmountResult = z.object({
  /** yuan, 2 decimals */
  value: z.number(),
  kind: AmountKind,
  basis: Bilingual,
  bound: z.enum(["floor", "ceiling"]).optional(),
});
export type AmountResult = z.infer<typeof AmountResult>;

export const MeasureResult = z.object({
  id: z.string(),
  kind: z.string(),
  title: Bilingual,
  summary: Bilingual,
  status: Status,
  /** evidence M/U or a model policy: shown, left out of totals */
  indicative: z.boolean(),
  /** why the measure is indicative (null when it is not) */
  indicativeReason: NullableBilingual,
  /** the measure chosen instead of this one, when they cannot be combined */
  excludedBy: z.string().nullable(),
  /** why it was excluded (null when it was not) */
  excludedReason: NullableBilingual,
  /** null when the measure has no amount, is not eligible, a fact the amount needs is missing, or it is withheld */
  amount: AmountResult.nullable(),
  /**
   * an eligible measure whose amount, computed, passes the money limit of ±10^13 yuan: why it
   * is withheld (null, not counted in totals; docs/decisions.md). Absent otherwise.
   */
  amountWithheld: Bilingual.optional(),
  conditions: z.array(ConditionResult),
  /** inputs (facts or profile fields) whose absence leaves the status (or the amount) undetermined */
  missingFacts: z.array(z.string()),
  channels: z.array(z.string()),
  source: Source,
  evidence: Evidence,
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  /** ineligible only for want of time: the date from which it will be eligible, all else unchanged */
  eligibleFrom: z.string().optional(),
  /** eligible now: the last day it stays so, all else unchanged (a certificate or the measure expiring) */
  eligibleUntil: z.string().optional(),
  /** support of this measure already granted or paid for the decision's period (the `received` of the request): shown, not counted in totals */
  received: Received.optional(),
  apply: Apply,
  requiredDocuments: z.array(Bilingual),
  unmodeledConditions: z.array(Bilingual),
});
export type MeasureResult = z.infer<typeof MeasureResult>;

/** One change that would make a failing condition hold, in the profile's own terms. */
export const Gap = z.object({
  /** the fact whose condition fails */
  fact: z.string(),
  change: Bilingual,
  /** the profile field to change, e.g. `techStaff`, `financials[].rdExpense` */
  field: z.string().optional(),
  /** how much to add (negative: to remove), in `unit` */
  by: z.number().optional(),
  unit: z.string().optional(),
  /** a condition time will meet: from this date (ISO) */
  from: z.string().optional(),
});
export type Gap = z.infer<typeof Gap>;

/** An ineligible measure that changes the enterprise can make would turn eligible. */
export const NearMiss = z.object({
  measureId: z.string(),
  title: Bilingual,
  gaps: z.array(Gap),
  /** what the measure would be worth (yuan) after the change (other figures as today); 0 when it has no amount */
  valueUnlocked: z.number(),
  kind: AmountKind.nullable(),
});
export type NearMiss = z.infer<typeof NearMiss>;

/** An input to ask for next, and the undetermined measures waiting on it. */
export const NextQuestion = z.object({
  /** a fact or profile field name, e.g. `certifications`, `flags.icEnterprise` */
  fact: z.string(),
  label: Bilingual,
  /** the undetermined measures that need it */
  settles: z.array(z.string()),
  /** the money (yuan) of those measures that can already be priced, counted in totals */
  value: z.number(),
});
export type NextQuestion = z.infer<typeof NextQuestion>;

export const OpenChannel = Channel.extend({ openedBy: z.array(z.string()) });

/** Sums in yuan over eligible, non-excluded, non-indicative measures not yet received, by amount kind. */
export const Totals = z.object({
  payment: z.number(),
  taxSaving: z.number(),
  creditLine: z.number(),
  interestSubsidy: z.number(),
});
export type Totals = z.infer<typeof Totals>;

/**
 * The rule-set version that answered: id, number, hash, effectiveFrom; `withdrawn` when it has
 * been withdrawn (it answers by date only before `from`; a pinned request still gets it);
 * `preview` when it was pinned and takes effect after `asOf` (the answer applies rules not yet
 * in force on that date: a scheduled version, docs/api.md "Versions").
 */
export const RuleSetOfAnswer = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  effectiveFrom: z.string(),
  withdrawn: z.object({
    from: z.string().describe("ISO date from which the version no longer answers by date"),
    reason: z.string().describe("why it was withdrawn, in the officer's words"),
  }).optional(),
  preview: z.literal(true).optional().describe("present when the pinned version takes effect after asOf"),
}).meta({ id: "RuleSetOfAnswer" });

export const MatchResult = z.object({
  ruleset: RuleSetOfAnswer,
  /** evaluation date, ISO, Asia/Shanghai */
  asOf: z.string(),
  /** sha256 of the canonical (rule-set hash, asOf, profile): the same input gives the same id */
  decisionId: z.string(),
  /**
   * the decision as people name it: `PM-` and 8 Crockford base32 characters (the first 40 bits
   * of the decisionId's digest), e.g. `PM-7K3Q-9XD2`; shown on pages and printouts
   */
  reference: z.string().regex(REFERENCE_PATTERN),
  /** `reference`: evaluated by json-rules-engine */
  evaluator: z.enum(["reference", "compiled"]),
  /** `full`: every condition of every measure; `brief`: the decisive ones (`none` answers a MatchDecision) */
  explain: z.enum(["brief", "full"]),
  derived: z.record(z.string(), z.unknown()),
  measures: z.array(MeasureResult),
  channels: z.array(OpenChannel),
  totals: Totals,
  /** the firm's income tax computed once for its deductions and rate regimes, with each one's share; null when the version has none or taxable income is unknown */
  incomeTax: IncomeTax.nullable(),
  /** ineligible measures within reach, the most valuable first */
  nearMisses: z.array(NearMiss),
  /** what to ask next, the input that settles most measures (and money) first */
  nextQuestions: z.array(NextQuestion),
});
export type MatchResult = z.infer<typeof MatchResult>;

/**
 * One measure decided, without its explanation (`explain=none`): the decision fields of a
 * MeasureResult; the amount without its basis. The texts (title, source, how to apply…) are
 * those of the rule-set version, `GET /v1/rulesets/{id}/versions/{version}`.
 */
export const MeasureDecision = MeasureResult.pick({
  id: true, kind: true, status: true, indicative: true, excludedBy: true, missingFacts: true, channels: true,
  evidence: true, validFrom: true, validTo: true, eligibleUntil: true, amountWithheld: true, received: true,
}).extend({
  /** yuan; null as in MeasureResult */
  amount: AmountResult.omit({ basis: true }).nullable(),
});
export type MeasureDecision = z.infer<typeof MeasureDecision>;

/**
 * The answer of `explain=none`: the decision alone — every MatchResult field that is not an
 * explanation (no conditions, sentences, near-misses or texts of the version), some 5 KB
 * instead of 64 KB for the bundled catalogue, for integrators that screen many enterprises
 * (docs/api.md, "The decision alone").
 */
export const MatchDecision = MatchResult.pick({ ruleset: true, asOf: true, decisionId: true, reference: true, evaluator: true, derived: true, totals: true }).extend({
  explain: z.literal("none"),
  measures: z.array(MeasureDecision),
  /** the open channels by id (titles and commitments: the rule-set version) */
  channels: z.array(z.object({ id: z.string(), openedBy: z.array(z.string()) })),
  nextQuestions: z.array(NextQuestion.omit({ label: true })),
  /** the income-tax computation, without its basis */
  incomeTax: IncomeTaxDecision.nullable(),
});
export type MatchDecision = z.infer<typeof MatchDecision>;

/** What `POST /v1/match` answers: explained (`explain` full or brief) or the decision alone (`none`). */
export const MatchAnswer = z.discriminatedUnion("explain", [MatchResult, MatchDecision]);
export type MatchAnswer = z.infer<typeof MatchAnswer>;
