/**
 * What the enterprise declared, as the printed summary lists it: every field given, labelled
 * by the data dictionary and written as people read it (万元, percent, dates, coded values in
 * words); accounts as a table of years; lists and groups under their own heading.
 */
import { percent, valueWithUnit } from "../engine/format.js";
import { type EnterpriseProfile, fieldText } from "../profile/index.js";
import { PROFILE_FIELDS } from "../profile/schema-fields.js";
import { amountText, dateText, wan } from "./format.js";
import type { Lang } from "./i18n.js";

/** One declared value: its label and its text. */
export interface DeclaredRow { label: string; value: string }

/** A heading and its rows. */
export interface DeclaredGroup { title: string; rows: DeclaredRow[] }

/** The accounts: one column per fiscal year (oldest first), one row per item given, in 万元. */
export interface DeclaredAccounts { title: string; years: number[]; items: { label: string; values: string[] }[] }

export interface Declared {
  groups: DeclaredGroup[];
  accounts?: DeclaredAccounts;
}

type Obj = Record<string, unknown>;

/** A value of the field at `path` as people read it, in `lang`. */
export function fieldValue(path: string, value: unknown, lang: Lang): string {
  const none = lang === "en" ? "none" : "无";
  if (value === null || (Array.isArray(value) && value.length === 0)) return none;
  if (Array.isArray(value)) return value.map((v) => fieldValue(path, v, lang)).join(lang === "en" ? ", " : "、");
  if (typeof value === "boolean") return value ? (lang === "en" ? "yes" : "是") : (lang === "en" ? "no" : "否");
  const t = fieldText(path);
  if (typeof value === "string") return t.values?.[value]?.[lang] ?? (t.unit === "date" ? dateText(value, lang) : value);
  if (typeof value !== "number") return String(value);
  if (t.unit === "yuan") return amountText(value, lang);
  if (t.unit === "fraction") return percent(value);
  if (t.unit === "usd") return lang === "en" ? `${valueWithUnit(value, undefined).en} US dollars` : `${valueWithUnit(value, undefined)["zh-CN"]} 美元`;
  return valueWithUnit(value, t.unit === "date" ? undefined : t.unit)[lang];
}

const label = (path: string, lang: Lang) => {
  const l = fieldText(path).label[lang];
  return lang === "en" ? l.charAt(0).toUpperCase() + l.slice(1) : l;
};

/** The rows of the fields directly under `prefix` ("" for the top level) that hold a value and are not groups. */
function rows(obj: Obj, prefix: string, lang: Lang): DeclaredRow[] {
  return PROFILE_FIELDS
    .filter((f) => f.path.startsWith(prefix) && !f.path.slice(prefix.length).includes(".") && !f.path.includes("[]"))
    .filter((f) => (f.type !== "object" || obj[f.path.slice(prefix.length)] === null) && !(f.type === "array" && f.path !== "sectorTags"))
    .flatMap((f) => {
      const v = obj[f.path.slice(prefix.length)];
      return v === undefined ? [] : [{ label: label(f.path, lang), value: fieldValue(f.path, v, lang) }];
    });
}

/** One entry of a list, its fields joined: "高新技术企业；发证（入库）日期 2022年12月1日". */
function entry(path: string, item: Obj, lang: Lang): string {
  return Object.entries(item)
    .map(([k, v], i) => (i === 0 ? fieldValue(`${path}[].${k}`, v, lang) : `${label(`${path}[].${k}`, lang)} ${fieldValue(`${path}[].${k}`, v, lang)}`))
    .join(lang === "en" ? "; " : "；");
}

/** The situations declared, by answer: "是：有涉企诉讼待办" / "否：…" (one line each, to fit the page). */
function flagRows(flags: Record<string, boolean | undefined>, lang: Lang): DeclaredRow[] {
  const sep = lang === "en" ? "; " : "、";
  return ([true, false] as const).flatMap((answer) => {
    const names = Object.keys(flags).filter((k) => flags[k] === answer).map((k) => fieldText(`flags.${k}`).label[lang]);
    return names.length ? [{ label: fieldValue("flags", answer, lang), value: names.join(sep) }] : [];
  });
}

/** The profile as the summary prints it. */
export function declared(p: EnterpriseProfile, lang: Lang): Declared {
  const profile = p as Obj;
  const groups: DeclaredGroup[] = [{ title: lang === "en" ? "The enterprise" : "企业基本情况", rows: rows(profile, "", lang) }];
  if (p.intellectualProperty) groups[0]!.rows.push(...rows(p.intellectualProperty as Obj, "intellectualProperty.", lang));
  for (const list of ["certifications", "talents"] as const) {
    const items = p[list];
    if (items) groups.push({ title: label(list, lang), rows: items.length ? items.map((x, i) => ({ label: `${i + 1}`, value: entry(list, x as Obj, lang) })) : [{ label: "", value: fieldValue(list, [], lang) }] });
  }
  for (const group of ["project", "loanRequest"] as const) {
    const g = p[group] as Obj | null | undefined;
    if (g === undefined) continue;
    groups.push({ title: label(group, lang), rows: g === null ? [{ label: "", value: fieldValue(group, null, lang) }] : rows(g, `${group}.`, lang) });
  }
  if (p.flags) groups.push({ title: label("flags", lang), rows: flagRows(p.flags as Record<string, boolean | undefined>, lang) });
  const years = p.financials ?? [];
  const items = PROFILE_FIELDS.filter((f) => f.path.startsWith("financials[].") && f.path !== "financials[].year");
  return {
    groups,
    ...(years.length ? {
      accounts: {
        title: `${label("financials", lang)}${lang === "en" ? " (万元)" : "（万元）"}`,
        years: years.map((y) => y.year),
        items: items
          .filter((f) => years.some((y) => (y as Obj)[f.path.slice(13)] !== undefined))
          .map((f) => ({ label: label(f.path, lang), values: years.map((y) => { const v = (y as Obj)[f.path.slice(13)]; return typeof v === "number" ? wan(v) : "—"; }) })),
      },
    } : {}),
  };
}
