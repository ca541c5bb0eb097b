/**
 * Evaluates a measure's `amount` (DESIGN.md "Amounts") exactly, in fen, and writes its basis:
 * the formula with the numbers filled in, in zh-CN and en, so a person can check it by hand.
 */
import { FACTS, type Bilingual, type FactValues } from "../profile/index.js";
import type { Amount, Operand } from "../ruleset/amount.js";
import { parameterOn } from "../ruleset/parameters.js";
import type { RuleSet } from "../ruleset/schema.js";
import { money, percent } from "./format.js";
import { fenToYuan, roundedProduct, toFen } from "./money.js";
import type { AmountResult } from "./result.js";

/** A resolved operand: its number and how to name it. */
interface Term { value: number; name: Bilingual; }

/** The amount, or the facts it still needs. */
export type AmountOutcome = { amount: AmountResult; fen: bigint } | { missing: string[] };

const join = (parts: Bilingual[], sep: string): Bilingual => ({
  "zh-CN": parts.map((p) => p["zh-CN"]).join(sep),
  en: parts.map((p) => p.en).join(sep),
});

function term(op: Operand, facts: FactValues, ruleset: RuleSet, asOf: string): Term | string {
  if (typeof op === "number") return { value: op, name: { "zh-CN": "", en: "" } };
  if ("value" in op) return { value: op.value, name: op.label };
  if ("fact" in op) {
    const v = facts[op.fact];
    return typeof v === "number" ? { value: v, name: FACTS.get(op.fact)!.label } : op.fact;
  }
  const p = parameterOn(ruleset, op.parameter, asOf);
  if (!p) return `parameter:${op.parameter}`;
  return { value: p.value, name: { "zh-CN": `${op.parameter}（${p.from}起）`, en: `${op.parameter} (from ${p.from})` } };
}

const named = (t: Term, v: Bilingual): Bilingual => ({
  "zh-CN": t.name["zh-CN"] ? `${t.name["zh-CN"]} ${v["zh-CN"]}` : v["zh-CN"],
  en: t.name.en ? `${t.name.en} ${v.en}` : v.en,
});

const same = (s: string): Bilingual => ({ "zh-CN": s, en: s });

/**
 * @param amount the measure's amount spec
 * @param facts the profile's fact values
 * @param ruleset for dated parameters; @param asOf ISO date selecting parameter values
 * @returns the amount (yuan, rounded half-up to the fen once) with its basis, or the missing facts/parameters
 */
export function evaluateAmount(amount: Amount, facts: FactValues, ruleset: RuleSet, asOf: string): AmountOutcome {
  const done = (fen: bigint, basis: Bilingual): AmountOutcome => ({
    fen,
    amount: { value: fenToYuan(fen), kind: amount.kind, basis, ...(amount.bound ? { bound: amount.bound } : {}) },
  });
  if (amount.type === "fixed") return done(toFen(amount.value), money(toFen(amount.value)));

  const ops = [amount.base, ...(Array.isArray(amount.rate) ? amount.rate : [amount.rate])];
  const terms = ops.map((op) => term(op, facts, ruleset, asOf));
  const missing = terms.filter((t): t is string => typeof t === "string");
  if (missing.length > 0) return { missing };
  const [base, ...rates] = terms as Term[];

  // One step per rate, each intermediate shown (to the fen); the result is computed from the
  // exact product and rounded once.
  const steps: Bilingual[] = [];
  let shown = named(base!, money(toFen(base!.value)));
  rates.forEach((r, i) => {
    const fen = roundedProduct(base!.value, [100, ...rates.slice(0, i + 1).map((x) => x.value)]);
    steps.push(join([join([shown, named(r, same(percent(r.value)))], " × "), money(fen)], " = "));
    shown = money(fen);
  });
  let fen = roundedProduct(base!.value, [100, ...rates.map((r) => r.value)]);
  if (amount.floor !== undefined && fen < toFen(amount.floor)) {
    fen = toFen(amount.floor);
    steps.push({ "zh-CN": `不低于 ${money(fen)["zh-CN"]}`, en: `at least ${money(fen).en}` });
  }
  if (amount.cap !== undefined && fen > toFen(amount.cap)) {
    fen = toFen(amount.cap);
    steps.push({ "zh-CN": `封顶 ${money(fen)["zh-CN"]}`, en: `capped at ${money(fen).en}` });
  }
  return done(fen, join(steps, "; "));
}
