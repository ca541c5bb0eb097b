/**
 * Operands of the amount language resolved against a profile's facts and a rule set's dated
 * parameters, each with a bilingual name for the basis.
 */
import { FACTS, type Bilingual, type FactUnit, type FactValues } from "../profile/index.js";
import type { Operand } from "../ruleset/amount.js";
import { parameterOn } from "../ruleset/parameters.js";
import type { RuleSet } from "../ruleset/schema.js";
import { show } from "./condition-text.js";
import { money, percent, valueWithUnit } from "./format.js";
import { toFen } from "./money.js";

/** A resolved operand: `factor ÷ divisor`, its name, and the unit of the fact it came from. */
export interface Term {
  factor: number;
  divisor: number;
  name: Bilingual;
  unit?: FactUnit | undefined;
}

/** How a term is shown: as money, as a rate (percent), or as a quantity in its unit. */
export type Role = "money" | "rate" | "quantity";

const EMPTY: Bilingual = { "zh-CN": "", en: "" };
const both = (s: string): Bilingual => ({ "zh-CN": s, en: s });

/**
 * Resolves an operand.
 * @returns the term, or the name of what is missing (`<fact>` or `parameter:<name>`)
 */
export function resolveOperand(op: Operand, facts: FactValues, ruleset: RuleSet, asOf: string): Term | string {
  if (typeof op === "number") return { factor: op, divisor: 1, name: EMPTY };
  if ("value" in op) return { factor: op.value, divisor: 1, name: op.label };
  if ("fact" in op) {
    const v = facts[op.fact];
    const def = FACTS.get(op.fact)!;
    return typeof v === "number" ? { factor: v, divisor: op.divideBy ?? 1, name: def.label, unit: def.unit } : op.fact;
  }
  if ("lookup" in op) {
    const v = facts[op.lookup];
    const key = v === undefined ? undefined : String(v);
    if (key === undefined || !(key in op.table)) return op.lookup;
    const label = FACTS.get(op.lookup)!.label, word = show(v, op.lookup);
    return { factor: op.table[key]!, divisor: 1, name: { "zh-CN": `（${label["zh-CN"]}：${word["zh-CN"]}）`, en: `(${label.en}: ${word.en})` } };
  }
  const p = parameterOn(ruleset, op.parameter, asOf);
  if (!p) return `parameter:${op.parameter}`;
  const name = op.label ?? both(op.parameter);
  return { factor: p.value, divisor: 1, name: { "zh-CN": `${name["zh-CN"]}（${p.from} 起）`, en: `${name.en} (from ${p.from})` } };
}

/** A term's value as shown in its role, e.g. "25%", "1,000.00 元", "12 亩", "6 个月 ÷ 12". */
export function showTerm(t: Term, role: Role): Bilingual {
  let v: Bilingual;
  if (t.divisor !== 1) {
    const q = valueWithUnit(t.factor, t.unit);
    v = { "zh-CN": `${q["zh-CN"]} ÷ ${t.divisor}`, en: `${q.en} ÷ ${t.divisor}` };
  } else if (role === "money") v = money(toFen(t.factor));
  else if (role === "rate" && (t.unit === undefined || t.unit === "fraction")) v = both(percent(t.factor));
  else v = valueWithUnit(t.factor, t.unit);
  return {
    "zh-CN": t.name["zh-CN"] ? `${t.name["zh-CN"]} ${v["zh-CN"]}` : v["zh-CN"],
    en: t.name.en ? `${t.name.en} ${v.en}` : v.en,
  };
}
