/**
 * Every field of the form in page order, looked up by name; reading one field's text into a
 * value; the ids and titles the pages and messages use.
 */
import { parseCreditCode, parseIndustryCode } from "./form-codes.js";
import { normalizeInput, parseDate, parseNumber, parsePercent, parseText, parseWan, type Parsed } from "./form-input.js";
import { AS_OF, ASSETS, type FieldDef, INNOVATION, LATEST_YEAR, LOAN, PEOPLE_FIELDS, PROJECT, REGISTRATION, UNKNOWN } from "./fields.js";
import { CERT_FIELDS, CERTS_ANSWER, FLAG_FIELDS, LOAN_ANSWER, PROJECT_ANSWER, TALENT_FIELDS, TALENTS_ANSWER, YEAR_FIELDS } from "./fields-groups.js";
import type { Lang } from "./i18n.js";

/** Every field, in the order the form shows them. */
export const ALL_FIELDS: readonly FieldDef[] = [
  ...REGISTRATION, ...PEOPLE_FIELDS, ...ASSETS, LATEST_YEAR, ...YEAR_FIELDS, ...INNOVATION,
  CERTS_ANSWER, ...CERT_FIELDS, TALENTS_ANSWER, ...TALENT_FIELDS, PROJECT_ANSWER, ...PROJECT, LOAN_ANSWER, ...LOAN, ...FLAG_FIELDS, AS_OF,
];

export const FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(ALL_FIELDS.map((f) => [f.key, f]));

const ORDER: ReadonlyMap<string, number> = new Map(ALL_FIELDS.map((f, i) => [f.key, i]));

/** Position of a field in the form (unknown names last), for ordering messages. */
export const fieldOrder = (key: string): number => ORDER.get(key) ?? ALL_FIELDS.length;

/** The element id of a field's input (the first radio of a group): `f-fy0-revenue`. */
export const fieldId = (key: string): string => `f-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The field's name as messages say it: "最近年度 销售（营业）收入". */
export function fieldTitle(def: FieldDef, lang: Lang): string {
  return def.context ? `${def.context[lang]} · ${def.label[lang]}` : def.label[lang];
}

/** The value posted for a field ("" when absent). */
export type FormValues = Readonly<Record<string, string>>;

/**
 * Reads one field's text by its kind.
 * @returns the value (`undefined` when left empty or "don't know"), or why it was refused
 */
export function readField(def: FieldDef, raw: string): Parsed<string | number> {
  const range = { min: def.min, max: def.max, suffixes: def.suffixes };
  switch (def.kind) {
    case "text": return parseText(raw, def.maxLength ?? 200);
    case "credit-code": return parseCreditCode(raw);
    case "industry": return parseIndustryCode(raw);
    case "date": return parseDate(raw);
    case "integer": return parseNumber(raw, { ...range, integer: true });
    case "number": return parseNumber(raw, range);
    case "wan": return parseWan(raw);
    case "wan-signed": return parseWan(raw, { signed: true });
    case "wan-usd": {
      const text = normalizeInput(raw).replace(/\s+/g, "");
      if (/(?<!万)美元$|usd$|\$$/i.test(text)) return { ok: false, error: { "zh-CN": "请以万美元为单位填写", en: "enter the amount in 10,000 USD (万美元)" } };
      return parseWan(text.replace(/万美元$/, ""));
    }
    case "percent": return parsePercent(raw);
    case "choice":
    case "select": {
      const value = raw.trim();
      if (value === "" || value === UNKNOWN) return { ok: true, value: undefined };
      if (def.options?.some((o) => o.value === value)) return { ok: true, value };
      return { ok: false, error: { "zh-CN": "请从列出的选项中选择", en: "choose one of the options listed" } };
    }
  }
}
