/**
 * Values as people read them, in zh-CN and en: yuan with separators and fen, fractions as
 * percent. Used by amount bases (and condition texts).
 */
import type { Bilingual, FactUnit } from "../profile/index.js";
import { formatYuan, roundedProduct } from "./money.js";

/**
 * A fraction as percent to two decimals, rounded half-up: 0.05 → "5.00%", 0.038889 → "3.89%".
 * With `exact`, every decimal the fraction has (0.049999 → "4.9999%"): for the rare value that
 * two decimals would show equal to the threshold it misses.
 */
export function percent(fraction: number, exact = false): string {
  const p = Number((fraction * 100).toPrecision(12)); // the percent as written, without binary noise
  if (exact) return `${p}%`;
  const hundredths = Math.round(Math.abs(p) * 100);
  const sign = p < 0 && hundredths > 0 ? "-" : "";
  return `${sign}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}%`;
}

/** Money in yuan: "1,234.50 元" / "1,234.50 yuan". */
export function money(fen: bigint): Bilingual {
  const s = formatYuan(fen);
  return { "zh-CN": `${s} 元`, en: `${s} yuan` };
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** 1234567.891 → "1,234,567.891" (at most 4 decimals, thousands separated; no Intl on the hot path). */
function grouped(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1000) return String(x);
  const [int, frac] = String(Number(x.toFixed(4))).split(".");
  return int!.replace(THOUSANDS, ",") + (frac ? "." + frac : "");
}

/** Each count unit in zh-CN and (plural) en. */
const UNITS: Partial<Record<FactUnit, [string, string]>> = {
  people: ["人", "people"], days: ["天", "days"], points: ["分", "points"], items: ["项", "items"],
  mu: ["亩", "mu"], m2: ["平方米", "m²"], usd: ["美元", "USD"], months: ["个月", "months"], years: ["年", "years"],
};

const SINGULAR: Record<string, string> = { people: "person", days: "day", points: "point", items: "item", months: "month", years: "year" };

/**
 * A value in its unit, in both languages; fractions as percent to two decimals, or with every
 * decimal when `exact`.
 */
export function valueWithUnit(value: unknown, unit: FactUnit | undefined, exact = false): Bilingual {
  if (typeof value === "number") {
    if (unit === "year") return { "zh-CN": `${value}年`, en: String(value) };
    if (unit === "yuan") return money(roundedProduct(value, [100]));
    if (unit === "fraction") return { "zh-CN": percent(value, exact), en: percent(value, exact) };
    const n = grouped(value);
    const [zh, plural] = (unit && UNITS[unit]) ?? ["", ""];
    const en = value === 1 ? (SINGULAR[plural] ?? plural) : plural;
    return { "zh-CN": `${n}${zh ? " " + zh : ""}`, en: `${n}${en ? " " + en : ""}` };
  }
  const s = value === undefined || value === null ? "—" : Array.isArray(value) ? value.join(", ") : String(value);
  return { "zh-CN": s, en: s };
}
