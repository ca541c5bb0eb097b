/**
 * Figures as the pages show them: yuan as 万元 (exact: the decimal point moved in the text),
 * kinds and statuses in words, derived facts with their units.
 */
import { show } from "../engine/condition-text.js";
import { FACTS } from "../profile/index.js";
import { bi, type Lang, type Msg } from "./i18n.js";

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Yuan (at most 2 decimals) as 万元, exact: 1200050 → "120.005", 123456 → "12.3456", 0.01 → "0.000001". */
export function wan(yuan: number): string {
  const fen = Math.round(Math.abs(yuan) * 100);
  const digits = String(fen).padStart(7, "0");
  const int = digits.slice(0, -6).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(-6).replace(/0+$/, "");
  return `${yuan < 0 && fen > 0 ? "-" : ""}${group(int)}${frac ? "." + frac : ""}`;
}

/** Yuan with separators and fen: 1200050 → "1,200,050.00". */
export function yuanText(yuan: number): string {
  const fen = Math.round(Math.abs(yuan) * 100);
  const s = String(fen).padStart(3, "0");
  return `${yuan < 0 && fen > 0 ? "-" : ""}${group(s.slice(0, -2))}.${s.slice(-2)}`;
}

/** The amount as people read it: "120.005 万元" in Chinese; "1,200,050.00 yuan (120.005 万元)" in English. */
export const amountText = (yuan: number, lang: Lang): string => (lang === "en" ? `${yuanText(yuan)} yuan (${wan(yuan)} 万元)` : `${wan(yuan)} 万元`);

export const AMOUNT_KIND: Readonly<Record<string, Msg>> = {
  payment: bi("补贴奖励", "Payment"),
  "tax-saving": bi("减免税额", "Tax saving"),
  "credit-line": bi("授信额度", "Credit line"),
  "interest-subsidy": bi("贷款贴息", "Interest subsidy"),
};

export const MEASURE_KIND: Readonly<Record<string, Msg>> = {
  subsidy: bi("资金补贴", "Subsidies"),
  award: bi("奖励", "Awards"),
  loan: bi("融资支持", "Loans"),
  "tax-incentive": bi("税收优惠", "Tax incentives"),
  designation: bi("资质认定", "Recognitions"),
  "fast-track": bi("绿色通道", "Fast tracks"),
  service: bi("专属服务", "Services"),
};

/** The order kinds are shown in: money first. */
export const KIND_ORDER = ["subsidy", "award", "tax-incentive", "loan", "designation", "service", "fast-track"];

/** A fact's label, falling back to its name. */
export const factLabel = (name: string, lang: Lang): string => FACTS.get(name)?.label[lang] ?? name;

/** A fact's value as the conditions show it: with its unit, coded values and yes / no in words. */
export const factValue = (name: string, value: unknown, lang: Lang): string => show(value, name)[lang];

/** An ISO date as people read it: 2025-06-30 → "2025年6月30日" / "30 June 2025". */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return lang === "en" ? `${d} ${months[mo - 1]} ${y}` : `${y}年${mo}月${d}日`;
}
