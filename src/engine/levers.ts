/**
 * Levers: for a condition that fails, the change in the profile's own terms that would make it
 * hold ("+60,000.00 yuan of R&D over the last three years", "1 more S&T staff member"), or the
 * date from which time alone makes it hold. Only facts whose registry entry has a lever
 * (src/profile/levers.ts) get a change, only in the lever's direction (up) and only within its
 * bounds: no near-miss asks a firm to shrink, to cut its profit, or to acquire what it does not
 * have.
 */
import { addDays, type Bilingual, FACTS, type Lever, rdWindowTotalsFen } from "../profile/index.js";
import type { Leaf } from "../ruleset/condition.js";
import type { Evaluation } from "./context.js";
import { money, valueWithUnit } from "./format.js";
import { decimal, shareGap, toFen } from "./money.js";
import type { Gap } from "./result.js";

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

/**
 * How much of the lever's field it takes, and how much the firm has now: integers in the
 * lever's unit (fen for yuan, people, …; points and items as written), and the sentence.
 */
interface Need { by: bigint; current: bigint; scale: number; change: Bilingual }

const rdChange = (x: bigint): Bilingual => ({ "zh-CN": `近三年研发费用合计增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of R&D over the last three years` });
const rdDomesticChange = (x: bigint): Bilingual => ({ "zh-CN": `近三年境内研发费用增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of R&D spent in China over the last three years` });
const highTechChange = (x: bigint): Bilingual => ({ "zh-CN": `上年度高新技术产品（服务）收入增加 ${money(x)["zh-CN"]}`, en: `+${money(x).en} of high-tech product and service revenue last year` });
const staffChange = (x: bigint): Bilingual => ({ "zh-CN": `增加 ${x} 名科技人员`, en: `${x} more S&T staff member${x === 1n ? "" : "s"}` });

/** A share `n / d` (integers at `scale` decimals: 2 for fen) to raise to `r` by adding to `n` (and, with `k` 1, to `d`): see `shareGap`. */
function share(r: number, n: number | undefined, d: number | undefined, k: 0 | 1, scale: number, change: (x: bigint) => Bilingual): Need | null {
  if (n === undefined || d === undefined) return null;
  const by = shareGap(r, BigInt(n), BigInt(d), k);
  return { by, current: BigInt(n), scale, change: change(by) };
}

const fen = (yuan: number | undefined) => (yuan === undefined ? undefined : Number(toFen(yuan)));

/** The change a ratio fact needs, computed on the quantities the firm moves. */
function ratioNeed(fact: string, r: number, ev: Evaluation): Need | null | undefined {
  const p = ev.profile;
  switch (fact) {
    case "rdIntensity3y": {
      const t = rdWindowTotalsFen(p);
      return share(r, t?.rd, t?.revenue, 0, 2, rdChange);
    }
    case "rdDomesticShare3y": {
      const t = rdWindowTotalsFen(p);
      return share(r, t?.rdDomestic, t?.rd, 1, 2, rdDomesticChange);
    }
    case "highTechRevenueShare": {
      const y = p.financials?.at(-1);
      return share(r, fen(y?.highTechRevenue), fen(y?.totalRevenue), 1, 2, highTechChange);
    }
    case "techStaffShare":
      return share(r, p.techStaff, p.employees, 1, 0, staffChange);
    case "tsmeStaffScore": // a staff score above 0 needs a 10 % share (国科发政〔2017〕115号 附件 (一))
      return share(0.1, p.techStaff, p.employees, 1, 0, staffChange);
  }
  return undefined;
}

/**
 * The change a plain number fact needs to reach `r`: the difference; for a strict test ("above
 * 70") one step more at the values' precision (a fen, a whole point), shown as "above".
 */
function plainNeed(leaf: Leaf, r: number, ev: Evaluation): Need | null {
  const def = FACTS.get(leaf.fact)!;
  const actual = ev.facts[leaf.fact];
  if (typeof actual !== "number") return null; // unknown, or ABSENT: nothing to raise
  const show = (v: number) => valueWithUnit(v, def.unit);
  const label = def.label, target = show(r), now = show(actual);
  const step = strict(leaf.operator) ? 1n : 0n;
  if (def.unit === "yuan") {
    const by = toFen(r) - toFen(actual) + step;
    const change: Bilingual = strict(leaf.operator)
      ? { "zh-CN": `${label["zh-CN"]}须高于 ${target["zh-CN"]}（现为 ${now["zh-CN"]}）`, en: `${label.en} above ${target.en} (now ${now.en})` }
      : { "zh-CN": `${label["zh-CN"]}增加 ${money(by)["zh-CN"]}，达到 ${target["zh-CN"]}`, en: `${label.en} up by ${money(by).en}, to ${target.en}` };
    return { by, current: toFen(actual), scale: 2, change };
  }
  // exact decimals on a common scale: 69.99 → 70 is 0.01, not 0.010000000000005116
  const a = decimal(actual), t = decimal(r), scale = Math.max(a.scale, t.scale);
  const at = (d: { digits: bigint; scale: number }) => d.digits * 10n ** BigInt(scale - d.scale);
  const by = at(t) - at(a) + step;
  const d = show(Number(by) / 10 ** scale);
  const change: Bilingual = strict(leaf.operator)
    ? { "zh-CN": `${label["zh-CN"]}须高于 ${target["zh-CN"]}（现为 ${now["zh-CN"]}）`, en: `${label.en} above ${target.en} (now ${now.en})` }
    : { "zh-CN": `${label["zh-CN"]}增加 ${d["zh-CN"]}，达到 ${target["zh-CN"]}`, en: `${label.en} up by ${d.en}, to ${target.en}` };
  return { by, current: at(a), scale, change };
}

/**
 * Within the lever's bounds: at most `relative` × the current value and at most `absolute`
 * (both in the lever's unit; `need` carries its integers at `scale` decimals, fen for yuan).
 */
export function withinBounds(need: Pick<Need, "by" | "current" | "scale">, lever: Lever): boolean {
  const one = 10n ** BigInt(need.scale);
  const absolute = decimal(lever.absolute), relative = decimal(lever.relative);
  // by ≤ absolute  ⇔  by · 10^a ≤ absolute.digits · 10^scale
  const withinAbsolute = need.by * 10n ** BigInt(absolute.scale) <= absolute.digits * one;
  // by ≤ relative × current  ⇔  by · 10^r ≤ relative.digits · current
  const withinRelative = need.by * 10n ** BigInt(relative.scale) <= relative.digits * need.current;
  return need.by >= 0n && withinAbsolute && withinRelative;
}

/**
 * The change that would make a false leaf hold.
 * @returns the gap, or null when the fact has no lever (src/profile/levers.ts), the leaf asks
 *          for the other direction, or the change is beyond the lever's bounds
 */
export function leverFor(leaf: Leaf, ev: Evaluation): Gap | null {
  const from = heldFrom(leaf, ev);
  if (from) return { fact: leaf.fact, change: { "zh-CN": `自 ${from} 起满足`, en: `met from ${from}` }, from };
  const lever = FACTS.get(leaf.fact)?.lever;
  const r = leaf.value;
  if (!lever || lever.direction !== "increase" || !leaf.operator.startsWith("greater") || typeof r !== "number") return null;
  const ratio = ratioNeed(leaf.fact, r, ev);
  const need = ratio === undefined ? plainNeed(leaf, r, ev) : ratio;
  if (!need || !withinBounds(need, lever)) return null;
  const by = Number(need.by) / 10 ** need.scale;
  return { fact: leaf.fact, change: need.change, field: lever.field, by, unit: lever.unit };
}
