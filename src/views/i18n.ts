/**
 * The pages' two languages: zh-CN (the default) and English, chosen by `?lang=`, a form's
 * `lang` field, or the browser's Accept-Language. Every text shown exists in both.
 */
import type { Msg } from "./form-input.js";

export type { Msg } from "./form-input.js";

export type Lang = "zh-CN" | "en";

/** A text in both languages. */
export const bi = (zh: string, en: string): Msg => ({ "zh-CN": zh, en });

/** The other language (for the switch). */
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh-CN" : "en");

/** The HTML `lang` attribute value. */
export const htmlLang = (lang: Lang): string => (lang === "en" ? "en" : "zh-CN");

/** Reads an explicit choice (`zh-CN`, `zh`, `en`), or undefined. */
export function explicitLang(value: string | undefined | null): Lang | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v === "en" || v.startsWith("en-")) return "en";
  if (v === "zh" || v.startsWith("zh-") || v === "zh_cn") return "zh-CN";
  return undefined;
}

/**
 * The language of a request: an explicit choice wins; else the first of zh / en in
 * Accept-Language by quality; else zh-CN.
 */
export function pickLang(explicit: string | undefined | null, acceptLanguage: string | undefined | null): Lang {
  const chosen = explicitLang(explicit);
  if (chosen) return chosen;
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) {
    if (r.tag === "zh" || r.tag.startsWith("zh-")) return "zh-CN";
    if (r.tag === "en" || r.tag.startsWith("en-")) return "en";
  }
  return "zh-CN";
}
