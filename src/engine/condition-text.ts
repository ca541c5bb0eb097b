/**
 * A sentence for each evaluated condition, in zh-CN and en, generated from the condition
 * itself — fact label, operator, values with their units — never written by hand per rule:
 * "近三年研发费用占销售收入比例 3.89% 低于 4%" / "R&D intensity over the last three years 3.89% is below 4%".
 */
import { ABSENT, type Bilingual, FACTS } from "../profile/index.js";
import { type BaseOperator, baseOperator, type Operator } from "../ruleset/condition.js";
import { valueWithUnit } from "./format.js";
import type { Truth } from "./evaluate.js";

type Phrase = (a: string, b: string) => [zh: string, en: string];

/** Per operator: the phrase when the condition holds and when it does not. */
const PHRASES: Record<BaseOperator, { yes: Phrase; no: Phrase; need: [string, string] }> = {
  greaterThanInclusive: { yes: (a, b) => [`${a} 不低于 ${b}`, `${a} is at least ${b}`], no: (a, b) => [`${a} 低于 ${b}`, `${a} is below ${b}`], need: ["不低于", "at least"] },
  greaterThan: { yes: (a, b) => [`${a} 高于 ${b}`, `${a} is above ${b}`], no: (a, b) => [`${a} 未超过 ${b}`, `${a} is not above ${b}`], need: ["高于", "above"] },
  lessThanInclusive: { yes: (a, b) => [`${a} 不超过 ${b}`, `${a} is at most ${b}`], no: (a, b) => [`${a} 超过 ${b}`, `${a} exceeds ${b}`], need: ["不超过", "at most"] },
  lessThan: { yes: (a, b) => [`${a} 低于 ${b}`, `${a} is below ${b}`], no: (a, b) => [`${a} 不低于 ${b}`, `${a} is not below ${b}`], need: ["低于", "below"] },
  equal: { yes: (a) => [`：${a}`, `: ${a}`], no: (a, b) => [`：${a}（要求：${b}）`, `: ${a} (${b} required)`], need: ["为", "equal to"] },
  notEqual: { yes: (a) => [`：${a}`, `: ${a}`], no: (a, b) => [`：${a}（不得为 ${b}）`, `: ${a} (must not be ${b})`], need: ["不为", "not"] },
  in: { yes: (a) => [`：${a}`, `: ${a}`], no: (a, b) => [`：${a}（须为 ${b} 之一）`, `: ${a} (one of ${b} required)`], need: ["属于", "one of"] },
  notIn: { yes: (a) => [`：${a}`, `: ${a}`], no: (a, b) => [`：${a}（不得为 ${b} 之一）`, `: ${a} (must not be one of ${b})`], need: ["不属于", "not one of"] },
  contains: { yes: (_a, b) => [`包含 ${b}`, ` include ${b}`], no: (_a, b) => [`不包含 ${b}`, ` do not include ${b}`], need: ["包含", "including"] },
  doesNotContain: { yes: (_a, b) => [`不包含 ${b}`, ` do not include ${b}`], no: (_a, b) => [`包含 ${b}`, ` include ${b}`], need: ["不包含", "not including"] },
};

const NONE: Bilingual = { "zh-CN": "无", en: "none" };

/**
 * A value of `fact` as people read it, in both languages: a number in its unit, a coded value
 * in words (`small` → 小型, `purchased` → 购买（出让）), true and false as yes and no, lists joined;
 * ABSENT as the fact says it ("no investment project declared").
 */
export function show(value: unknown, fact: string): Bilingual {
  if (value === ABSENT) return FACTS.get(fact)?.absent ?? NONE;
  if (typeof value === "boolean") return value ? { "zh-CN": "是", en: "yes" } : { "zh-CN": "否", en: "no" };
  if (typeof value === "string") {
    const word = FACTS.get(fact)?.valueLabels?.[value];
    if (word) return word;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => show(v, fact));
    return { "zh-CN": parts.map((p) => p["zh-CN"]).join("、"), en: parts.map((p) => p.en).join(", ") };
  }
  return valueWithUnit(value, FACTS.get(fact)?.unit);
}

/**
 * @param fact the fact tested; @param operator a json-rules-engine operator
 * @param actual the fact's value (undefined when missing, ABSENT when the firm has none of the thing); @param required the value compared with
 * @param result true, false, or null (unknown)
 * @param shownRequired `required` as `show` renders it, when the caller has it already
 * @returns the sentence in both languages, starting with the fact's label
 */
export function conditionText(fact: string, operator: Operator, actual: unknown, required: unknown, result: Truth, shownRequired?: Bilingual): Bilingual {
  const label = FACTS.get(fact)?.label ?? { "zh-CN": fact, en: fact };
  const b = shownRequired ?? show(required, fact);
  let a = show(actual, fact);
  if (typeof actual === "number" && actual !== required && a.en === b.en) {
    // two decimals would show a value that misses its threshold as equal to it: show it whole
    a = valueWithUnit(actual, FACTS.get(fact)?.unit, true);
  }
  if (baseOperator(operator) !== operator) {
    // a decorated operator (e.g. everyFact:greaterThan) reads as written
    const verdict = result === null ? { "zh-CN": "未知", en: "unknown" } : result ? { "zh-CN": "满足", en: "holds" } : { "zh-CN": "不满足", en: "does not hold" };
    return {
      "zh-CN": `${label["zh-CN"]} ${a["zh-CN"]} ${operator} ${b["zh-CN"]}：${verdict["zh-CN"]}`,
      en: `${label.en} ${a.en} ${operator} ${b.en}: ${verdict.en}`,
    };
  }
  const p = PHRASES[operator as BaseOperator];
  if (actual === ABSENT) {
    return {
      "zh-CN": `${a["zh-CN"]}（要求${label["zh-CN"]}${p.need[0]} ${b["zh-CN"]}）`,
      en: `${a.en} (required: ${label.en} ${p.need[1]} ${b.en})`,
    };
  }
  if (result === null) {
    return {
      "zh-CN": `缺少${label["zh-CN"]}（要求${p.need[0]} ${b["zh-CN"]}）`,
      en: `${label.en} is missing (required: ${p.need[1]} ${b.en})`,
    };
  }
  const [zh] = (result ? p.yes : p.no)(a["zh-CN"], b["zh-CN"]);
  const [, en] = (result ? p.yes : p.no)(a.en, b.en);
  const numeric = operator.startsWith("greater") || operator.startsWith("less");
  return numeric ? { "zh-CN": `${label["zh-CN"]} ${zh}`, en: `${label.en} ${en}` } : { "zh-CN": `${label["zh-CN"]}${zh}`, en: `${label.en}${en}` };
}
