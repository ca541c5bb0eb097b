/**
 * What people type into the form, understood or refused clearly (pure).
 * Full-width digits and punctuation (０-９ ，．％ －), thousands separators (, and ，), a unit
 * typed after the number ("3%", "12.5万元", "180人"); an empty field is missing (`undefined`),
 * never 0. Money is typed in 万元 and converted to yuan exactly, to the fen, by moving the
 * decimal point in the text (never by multiplying floats): 12.3456 万元 = 123,456 yuan.
 * Every refusal says what to type instead, in Chinese and English.
 */
import { MAX_YUAN } from "../profile/index.js";

/** A message in both languages. */
export interface Msg { "zh-CN": string; en: string }

/** A field's value: `undefined` when left empty (unknown), or why it was refused. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: Msg };

const msg = (zh: string, en: string): Msg => ({ "zh-CN": zh, en });
const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const fail = <T>(zh: string, en: string): Parsed<T> => ({ ok: false, error: msg(zh, en) });

/**
 * Full-width forms to ASCII (NFKC: ０-９ Ａ-Ｚ ，．％ － and the ideographic space), the minus
 * sign and 。 typed as a decimal point; trimmed.
 */
export function normalizeInput(raw: string): string {
  return raw.normalize("NFKC").replace(/[\u2212\u2012\u2013\u2014]/g, "-").replace(/\u3002/g, ".").trim();
}

/** A decimal number as written: sign, integer digits, fraction digits (no separators). */
interface Decimal { negative: boolean; int: string; frac: string }

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

/** Reads `text` (already normalized, whitespace removed, unit removed) as a decimal, or null. */
function readDecimal(text: string): Decimal | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const int = (m[2] ?? "").replaceAll(",", "");
  const frac = m[3] ?? "";
  if (int === "" && frac === "") return null;
  return { negative: m[1] === "-", int: int === "" ? "0" : int, frac };
}

/** The decimal with its point moved `places` to the right (left when negative), as a JS number. */
function shifted(d: Decimal, places: number): number {
  const digits = d.int + d.frac;
  const point = d.int.length + places;
  const whole = point <= 0 ? "0" : digits.slice(0, point).padEnd(point, "0");
  const fraction = point <= 0 ? "0".repeat(-point) + digits : digits.slice(point);
  const value = Number(`${whole}.${fraction || "0"}`);
  return d.negative && value !== 0 ? -value : value;
}

/** Why a text is not a number, with the usual mistakes named (`whole`: the field takes whole numbers). */
function notANumber<T>(text: string, whole = false): Parsed<T> {
  if (/\d,\d{1,2}(?!\d)|\d,\d{4}/.test(text)) {
    return fail("千分位分隔符“,”应每三位一个（如 1,234,567.89）；小数点请用“.”", "thousands separators go every three digits (1,234,567.89); use \".\" for the decimal point");
  }
  if (/\d\.\d*\./.test(text)) return fail("只能有一个小数点", "only one decimal point is allowed");
  return whole ? fail("请填写整数，例如 120", "enter a whole number, e.g. 120") : fail("请填写数字，例如 1,234.5", "enter a number, e.g. 1,234.5");
}

/** Options of a number field. */
export interface NumberOptions {
  /** whole numbers only */
  integer?: boolean;
  /** negative values allowed (a loss) */
  signed?: boolean;
  min?: number;
  max?: number;
  /** units a person may type after the number, e.g. ["人"], ["亩"] */
  suffixes?: readonly string[];
}

/** Removes whitespace and, when present, one of `suffixes` at the end. */
function stripUnit(text: string, suffixes: readonly string[]): { text: string; unit?: string } {
  const compact = text.replace(/\s+/g, "");
  const lower = compact.toLowerCase();
  for (const s of [...suffixes].sort((a, b) => b.length - a.length)) {
    if (lower.endsWith(s.toLowerCase())) return { text: compact.slice(0, compact.length - s.length), unit: s };
  }
  return { text: compact };
}

function checkRange<T extends number>(value: T, o: NumberOptions): Parsed<T> {
  if (value < 0 && !o.signed) return fail("不能为负数", "cannot be negative");
  if (o.min !== undefined && value < o.min) return fail(`不能小于 ${o.min.toLocaleString("en-US")}`, `must be at least ${o.min.toLocaleString("en-US")}`);
  if (o.max !== undefined && value > o.max) return fail(`不能大于 ${o.max.toLocaleString("en-US")}，请检查单位`, `must be at most ${o.max.toLocaleString("en-US")}: check the unit`);
  return ok(value);
}

/**
 * A plain number (people, points, mu, m², months…).
 * @returns `undefined` for an empty field
 */
export function parseNumber(raw: string, o: NumberOptions = {}): Parsed<number> {
  const text = normalizeInput(raw);
  if (text === "") return ok(undefined);
  const { text: bare } = stripUnit(text, o.suffixes ?? []);
  if (bare.endsWith("%")) return fail("此项不是百分比，请填写数值本身", "this is not a percentage: enter the number itself");
  const d = readDecimal(bare);
  if (!d) return notANumber(bare, o.integer);
  if (o.integer && /[1-9]/.test(d.frac)) return fail("请填写整数", "enter a whole number");
  const value = shifted(o.integer ? { ...d, frac: "" } : d, 0);
  return checkRange(value, o);
}


/**
 * Money typed in 万元 → yuan, exact to the fen (at most 6 decimals in 万元).
 * "12.3456" → 123456; "1,234.5万元" → 12345000; "１２万" → 120000.
 * @param o.signed allow a negative amount (a loss)
 */
export function parseWan(raw: string, o: { signed?: boolean } = {}): Parsed<number> {
  const text = normalizeInput(raw);
  if (text === "") return ok(undefined);
  const { text: bare, unit } = stripUnit(text, ["万元", "万"]);
  if (!unit && /元$/.test(bare)) {
    const d = readDecimal(bare.slice(0, -1));
    const hint = d ? formatWanHint(d) : "";
    return fail(`请以万元为单位填写${hint ? `：${hint}` : ""}`, `enter the amount in 10,000 yuan (万元)${hint ? `: ${hint}` : ""}`);
  }
  if (bare.endsWith("%")) return fail("此项是金额（万元），不是百分比", "this is an amount in 万元, not a percentage");
  const d = readDecimal(bare);
  if (!d) return notANumber(bare);
  if (d.frac.length > 6) {
    return fail("万元最多填写 6 位小数（精确到分）", "at most 6 decimals in 万元 (the fen)");
  }
  const yuan = shifted(d, 4);
  if (Math.abs(yuan) > MAX_YUAN) return fail("金额过大，请检查单位（万元）", "amount too large: check the unit (万元, 10,000 yuan)");
  return checkRange(yuan, { signed: o.signed });
}

function formatWanHint(d: Decimal): string {
  if (d.frac.length > 2) return "";
  const wan = shifted(d, -4);
  return `${d.negative ? "-" : ""}${d.int}${d.frac ? "." + d.frac : ""} 元 = ${wan} 万元`;
}

/**
 * A percentage → a fraction: "30", "30%", "３０％" → 0.3. At most 0–100 %. A bare number
 * between 0 and 1 ("0.35") is ambiguous — a fraction typed into a percent field — and is
 * refused with "did you mean 35 %?"; typed with its sign ("0.35%") it is taken as written.
 */
export function parsePercent(raw: string): Parsed<number> {
  const text = normalizeInput(raw);
  if (text === "") return ok(undefined);
  const { text: bare, unit } = stripUnit(text, ["%"]);
  const d = readDecimal(bare);
  if (!d) return notANumber(bare);
  if (d.negative) return fail("不能为负数", "cannot be negative");
  if (!unit && d.int === "0" && /[1-9]/.test(d.frac)) {
    const pct = shifted(d, 2);
    return fail(`请按百分数填写：是否指 ${pct}%？（如确为 ${bare}%，请填写“${bare}%”）`, `enter a percentage: did you mean ${pct}%? (if you mean ${bare}%, type "${bare}%")`);
  }
  if (d.frac.length > 6) return fail("百分比最多 6 位小数", "at most 6 decimals in a percentage");
  const fraction = shifted(d, -2);
  if (fraction > 1) return fail("百分比应在 0 到 100 之间", "a percentage is between 0 and 100");
  return ok(fraction);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A calendar date → `YYYY-MM-DD`. Accepts 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日
 * and 20250630; refuses dates that do not exist and years outside 1900–2100.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = normalizeInput(raw).replace(/\s+/g, "");
  if (text === "") return ok(undefined);
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  if (!m) return fail("请按“年-月-日”填写日期，例如 2025-06-30", "enter the date as year-month-day, e.g. 2025-06-30");
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return fail(`${y}年${mo}月${d}日不存在，请核对日期`, `${y}-${pad(mo)}-${pad(d)} is not a real date: check it`);
  }
  if (y < 1900 || y > 2100) return fail("日期应在 1900 年至 2100 年之间", "the date must be between 1900 and 2100");
  return ok(`${y}-${pad(mo)}-${pad(d)}`);
}

/** Text: trimmed, inner runs of whitespace made one space; at most `max` characters. */
export function parseText(raw: string, max: number): Parsed<string> {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return ok(undefined);
  if (!text.isWellFormed()) return fail("含有无法识别的字符，请重新输入", "contains a broken character: re-type the text");
  if ([...text].length > max) return fail(`最多 ${max} 个字`, `at most ${max} characters`);
  return ok(text);
}
