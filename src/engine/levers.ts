/**
 * Levers: for a condition that fails, the change in the profile's own terms that would make it
 * hold ("+60,000.00 yuan of R&D over the last three years", "1 more S&T staff member"), or the
 * date from which time alone makes it hold. Only facts an enterprise can change have levers:
 * not its registration date, industry, location, record or certificates.
 */
import { addDays, type Bilingual, FACTS, rdWindowTotalsFen } from "../profile/index.js";
import type { Leaf } from "../ruleset/condition.js";
import type { Evaluation } from "./context.js";
import { money, valueWithUnit } from "./format.js";
import { shareGap, toFen } from "./money.js";
import type { Gap } from "./result.js";

/** Input facts whose thresholds an enterprise can act on (amounts, headcounts, scores, areas, a loan). */
const CHANGEABLE_UNITS = new Set(["yuan", "people", "points", "items", "mu", "m2", "usd", "months"]);
const NOT_CHANGEABLE = new Set(["lastYear.year", "enterpriseAgeDays", "tsmeConsecutiveYears"]);


const numeric = (op: string) => op.startsWith("greater") || op.startsWith("less");
const strict = (op: string) => op === "greaterThan" || op === "lessThan";

/** The date from which a time condition holds, if time alone can make it hold. */
export function heldFrom(leaf: Leaf, ev: Evaluation): string | undefined {
  const required = leaf.value;
  if (typeof required !== "number" && typeof required !== "string") return undefined;
  const extra = strict(leaf.operator) ? 1 : 0;
  if (!leaf.operator.startsWith("greater")) return undefined;
  if (leaf.fact === "enterpriseAgeDays" && ev.profile.registrationDate && typeof required === "number") {
    return addDays(ev.profile.registrationDate, required + extra);
  }
  if (leaf.fact === "asOf" && typeof required === "string") return addDays(required, extra);
  return undefined;
}

const gap = (fact: string, change: Bilingual, extra: Partial<Gap> = {}): Gap => ({ fact, change, ...extra });

/** A share lever: add `x` to the numerator (and to the denominator when `k` is 1) to reach `r`. */
function shareLever(fact: string, r: number, n: number | undefined, d: number | undefined, k: 0 | 1, what: (x: bigint) => Bilingual, field: string, unit: string): Gap | null {
  if (n === undefined || d === undefined) return null;
  const x = shareGap(r, BigInt(n), BigInt(d), k);
  return gap(fact, what(x), { field, by: unit === "yuan" ? Number(x) / 100 : Number(x), unit });
}

/**
 * The change that would make a false leaf hold.
 * @returns the gap, or null when the fact is not one an enterprise can change by acting
 */
export function leverFor(leaf: Leaf, ev: Evaluation): Gap | null {
  const from = heldFrom(leaf, ev);
  if (from) {
    return gap(leaf.fact, { "zh-CN": `自 ${from} 起满足`, en: `met from ${from}` }, { from });
  }
  const r = leaf.value;
  if (!numeric(leaf.operator) || typeof r !== "number") return null;
  const p = ev.profile;
  const up = leaf.operator.startsWith("greater");
  switch (leaf.fact) {
    case "rdIntensity3y": {
      const t = rdWindowTotalsFen(p);
      return up ? shareLever(leaf.fact, r, t?.rd, t?.revenue, 0, (x) => ({
        "zh-CN": `近三年研发费用合计增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of R&D over the last three years` }), "financials[].rdExpense", "yuan") : null;
    }
    case "rdDomesticShare3y": {
      const t = rdWindowTotalsFen(p);
      return up ? shareLever(leaf.fact, r, t?.rdDomestic, t?.rd, 1, (x) => ({
        "zh-CN": `近三年境内研发费用增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of R&D spent in China over the last three years` }), "financials[].rdExpenseDomestic", "yuan") : null;
    }
    case "highTechRevenueShare": {
      const y = p.financials?.at(-1);
      const n = y?.highTechRevenue === undefined ? undefined : Number(toFen(y.highTechRevenue));
      const d = y?.totalRevenue === undefined ? undefined : Number(toFen(y.totalRevenue));
      return up ? shareLever(leaf.fact, r, n, d, 1, (x) => ({
        "zh-CN": `上年度高新技术产品（服务）收入增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of high-tech product and service revenue last year` }), "financials[-1].highTechRevenue", "yuan") : null;
    }
    case "techStaffShare":
    case "tsmeStaffScore": {
      const share = leaf.fact === "techStaffShare" ? r : 0.1; // a staff score above 0 needs a 10 % share (国科发政〔2017〕115号)
      return up ? shareLever(leaf.fact, share, p.techStaff, p.employees, 1, (x) => ({
        "zh-CN": `增加 ${x} 名科技人员`, en: `${x} more S&T staff member${x === 1n ? "" : "s"}` }), "techStaff", "people") : null;
    }
  }
  const def = FACTS.get(leaf.fact);
  const actual = ev.facts[leaf.fact];
  if (!def || typeof actual !== "number" || NOT_CHANGEABLE.has(leaf.fact) || !def.unit || (!CHANGEABLE_UNITS.has(def.unit) && def.unit !== "fraction")) return null;
  const by = def.unit === "yuan" ? Math.abs(Number(toFen(r) - toFen(actual))) / 100 : Math.abs(Number((r - actual).toFixed(10)));
  const show = (v: number) => valueWithUnit(v, def.unit);
  const d = show(Number(by.toFixed(def.unit === "yuan" ? 2 : 4))), target = show(r);
  const label = def.label;
  const change: Bilingual = up
    ? strict(leaf.operator)
      ? { "zh-CN": `${label["zh-CN"]}须高于 ${target["zh-CN"]}（现为 ${show(actual)["zh-CN"]}）`, en: `${label.en} above ${target.en} (now ${show(actual).en})` }
      : { "zh-CN": `${label["zh-CN"]}增加 ${d["zh-CN"]}，达到 ${target["zh-CN"]}`, en: `${label.en} up by ${d.en}, to ${target.en}` }
    : strict(leaf.operator)
      ? { "zh-CN": `${label["zh-CN"]}须低于 ${target["zh-CN"]}（现为 ${show(actual)["zh-CN"]}）`, en: `${label.en} below ${target.en} (now ${show(actual).en})` }
      : { "zh-CN": `${label["zh-CN"]}减少 ${d["zh-CN"]}，降至 ${target["zh-CN"]}`, en: `${label.en} down by ${d.en}, to ${target.en}` };
  return gap(leaf.fact, change, { field: leaf.fact, by: up ? by : -by, unit: def.unit });
}
