/**
 * The data dictionary of the EnterpriseProfile: for every field (nested ones by path, e.g.
 * `financials[].revenue`, `project.stage`, `flags.seriousFraud`) its zh/en label, meaning,
 * unit, example and the words for its coded values. One text, three readers: the profile
 * schema's OpenAPI `description` (schema.ts), the form's help (src/views/fields.ts) and
 * docs/data-dictionary.md (`npm run docs:write`).
 */
import type { Bilingual } from "../units.js";
import { ENTERPRISE_FIELDS } from "./enterprise.js";
import { FLAG_FIELDS } from "./flags.js";
import { RECORD_FIELDS } from "./records.js";
import type { FieldText, FieldUnit } from "./types.js";

export type { FieldText, FieldUnit } from "./types.js";

/** Every field's text by path. */
export const FIELD_TEXTS: Readonly<Record<string, FieldText>> = { ...ENTERPRISE_FIELDS, ...RECORD_FIELDS, ...FLAG_FIELDS };

/**
 * @param path a profile path, e.g. `employees`, `financials[].revenue`
 * @throws Error when the dictionary has no entry (a field was added without its text)
 */
export function fieldText(path: string): FieldText {
  const t = FIELD_TEXTS[path];
  if (!t) throw new Error(`the data dictionary has no entry for profile field "${path}" (src/profile/dictionary/)`);
  return t;
}

/** The word for a coded value of a field (`taxCollection`, `actual` → 查账征收), when the dictionary has one. */
export const valueLabel = (path: string, value: string): Bilingual | undefined => FIELD_TEXTS[path]?.values?.[value];

/** How each unit is named in the API's terms (English) and in Chinese. */
export const UNIT_TEXT: Readonly<Record<FieldUnit, Bilingual>> = {
  yuan: { "zh-CN": "元（人民币，最多两位小数）", en: "yuan (CNY, at most 2 decimals)" },
  fraction: { "zh-CN": "比例（0.05 即 5%）", en: "fraction (0.05 = 5 %)" },
  people: { "zh-CN": "人", en: "people" },
  days: { "zh-CN": "天", en: "days" },
  points: { "zh-CN": "分", en: "points" },
  items: { "zh-CN": "项", en: "items" },
  mu: { "zh-CN": "亩", en: "mu (1 mu ≈ 666.7 m²)" },
  m2: { "zh-CN": "平方米", en: "m²" },
  usd: { "zh-CN": "美元", en: "US dollars" },
  months: { "zh-CN": "个月", en: "months" },
  years: { "zh-CN": "年", en: "years" },
  year: { "zh-CN": "年份", en: "calendar year" },
  date: { "zh-CN": "日期 YYYY-MM-DD（北京时间）", en: "date YYYY-MM-DD (Asia/Shanghai)" },
};

/**
 * The field's OpenAPI description: label (en, zh), meaning (and the API's shape of a list or
 * group) in both languages, unit, coded values with their words, example.
 */
export function fieldDescription(path: string): string {
  const t = fieldText(path);
  const values = t.values
    ? ` Values: ${Object.entries(t.values).map(([v, w]) => `\`${v}\` (${w.en}; ${w["zh-CN"]})`).join(", ")}.`
    : "";
  return `${capitalised(t.label.en)} (${t.label["zh-CN"]}). ${t.meaning.en}${t.shape ? ` ${t.shape.en}` : ""}${t.unit ? ` Unit: ${UNIT_TEXT[t.unit].en}.` : ""}${values} Example: ${JSON.stringify(t.example)}.\n\n${t.meaning["zh-CN"]}${t.shape?.["zh-CN"] ?? ""}`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
