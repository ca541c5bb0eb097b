/** What the data dictionary says of one profile field. */
import type { FactUnit } from "../fact.js";
import type { Bilingual } from "../units.js";

/** The unit of a field's value: a fact unit, or a calendar date. */
export type FieldUnit = FactUnit | "date";

/**
 * One field of the EnterpriseProfile as people are told about it: the label a form or a
 * printout shows, what it means (the form's help and the API's description), its unit, an
 * example in the API's terms (yuan, fractions, ISO dates) and, for coded values, their labels.
 */
export interface FieldText {
  label: Bilingual;
  /** what the field holds and what it is used for; never the unit (the form asks in 万元, the API in yuan) */
  meaning: Bilingual;
  /** how the API takes a list or group (its order, what an empty one says): the API's description only, not the form's help */
  shape?: Bilingual;
  unit?: FieldUnit;
  /** a value as the API takes it */
  example: unknown;
  /** the words for coded values (`actual` → 查账征收 / on actual accounts) */
  values?: Readonly<Record<string, Bilingual>>;
}

/** A field text from its parts: labels and meanings as zh, en pairs. */
export const field = (
  label: [zh: string, en: string],
  meaning: [zh: string, en: string],
  example: unknown,
  more: { unit?: FieldUnit; values?: Record<string, [zh: string, en: string]>; shape?: [zh: string, en: string] } = {},
): FieldText => ({
  label: { "zh-CN": label[0], en: label[1] },
  meaning: { "zh-CN": meaning[0], en: meaning[1] },
  example,
  ...(more.shape ? { shape: { "zh-CN": more.shape[0], en: more.shape[1] } } : {}),
  ...(more.unit ? { unit: more.unit } : {}),
  ...(more.values ? { values: Object.fromEntries(Object.entries(more.values).map(([k, [zh, en]]) => [k, { "zh-CN": zh, en }])) } : {}),
});
