/**
 * What must never reach the people who read an answer: the team's own shorthand. Reference to
 * policy/SOURCES.md and its evidence grades (V-gov, V, V1, M, U), hashes, raw codes of the
 * rule files and the profile (`small`, `purchased`, `true`, measure and parameter ids, fact
 * names), percentages with more than two decimals. `internalTokens` lists what a text holds.
 */
import { FACTS } from "../../src/profile/index.js";
import { FIELD_TEXTS } from "../../src/profile/dictionary/index.js";
import { PROFILE_FIELDS } from "../../src/profile/schema-fields.js";
import type { RuleSet } from "../../src/ruleset/schema.js";

/** The codes and ids a text shown to people must not contain, as one pattern each. */
export interface Vocabulary {
  /** ids of measures, channels, rule-set parameters, fact names and coded values that are never words (banned in every language) */
  ids: RegExp;
  /** coded values that are English words (`small`, `actual`): banned in Chinese text, where the label is Chinese */
  codes: RegExp;
}

/** Hyphenated codes that English sentences use as words. */
const HYPHENATED_WORDS = new Set(["rare-earth", "fast-track"]);

/** The vocabulary of the bundled rule sets, the fact registry, the profile schema and the answer's own codes. */
export function vocabulary(rulesets: readonly RuleSet[]): Vocabulary {
  const ids = new Set<string>();
  for (const r of rulesets) {
    r.measures.forEach((m) => ids.add(m.id));
    r.channels.forEach((c) => ids.add(c.id));
    Object.keys(r.parameters).forEach((p) => ids.add(p));
  }
  const codes = new Set<string>([
    "eligible", "ineligible", "undetermined", "payment", "tax-saving", "credit-line", "interest-subsidy",
    "subsidy", "award", "loan", "tax-incentive", "designation", "fast-track", "service", "floor", "ceiling",
  ]);
  for (const f of FACTS.values()) [...(f.values ?? []), ...Object.keys(f.valueLabels ?? {})].forEach((v) => codes.add(v));
  for (const f of PROFILE_FIELDS) (f.values ?? []).forEach((v) => codes.add(v));
  for (const t of Object.values(FIELD_TEXTS)) Object.keys(t.values ?? {}).forEach((v) => codes.add(v));
  for (const name of FACTS.keys()) if (/[A-Z.]/.test(name)) ids.add(name);
  for (const c of codes) if (c.includes("-") && !HYPHENATED_WORDS.has(c)) ids.add(c);
  return { ids: words(ids), codes: words([...codes].filter((c) => /^[a-z]/.test(c))) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One pattern matching any of `list` as a whole word (longest first). */
const words = (list: Iterable<string>) =>
  new RegExp(`(?<![A-Za-z0-9_-])(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![A-Za-z0-9_-])`);

/** Families of internal text, each with a name and a pattern, in every language. */
const ALWAYS: readonly [string, RegExp][] = [
  ["SOURCES.md", /SOURCES/],
  ["policy/ path", /policy\//],
  ["section sign §", /§/],
  ["evidence grade in brackets", /\[(?:V-gov|V1|V|M|U)\]/],
  ["evidence grade letter", /(?<![A-Za-z0-9-])(?:V-gov|V1)(?![A-Za-z0-9])|(?:evidence|grade)\s+(?:V-gov|V1|V|M|U)\b|证据等级/i],
  // a run of 12+ hex digits with a letter and a digit in it (not a credit code's 17 digits)
  ["hash", /sha256:|(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{12,}(?![0-9A-Za-z])/],
  ["raw boolean or null", /(?<![A-Za-z])(?:true|false|null|undefined|NaN)(?![A-Za-z])|\[object Object\]/],
  ["camelCase identifier", /(?<![A-Za-z])[a-z]+[A-Z][A-Za-z0-9]*/],
  ["percent with more than two decimals", /\d\.\d{3,}\s?%/],
];

/**
 * The internal tokens `text` holds (empty when it is clean).
 * @param lang `zh-CN`: coded values that are English words count too (a Chinese text has
 *        Chinese labels); `mixed` for texts in either language (a source's note)
 */
export function internalTokens(text: string, lang: "zh-CN" | "en" | "mixed", vocab: Vocabulary): string[] {
  const t = text.replace(/https?:\/\/\S+/g, " ");
  const found: string[] = [];
  for (const [name, pattern] of ALWAYS) {
    const m = pattern.exec(t);
    if (m) found.push(`${name}: ${m[0]}`);
  }
  const id = vocab.ids.exec(t);
  if (id) found.push(`id: ${id[0]}`);
  const code = lang === "zh-CN" ? vocab.codes.exec(t) : null;
  if (code) found.push(`code: ${code[0]}`);
  return found;
}

/** The text nodes of an HTML page (tags and attributes left out, entities decoded). */
export function htmlTexts(html: string): string[] {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .split(/<[^>]*>/)
    .map((s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, "&").trim())
    .filter(Boolean);
}

/** Every bilingual text of an answer (objects with `zh-CN` and `en`), by language, and the plain strings of its `source` blocks. */
export function answerTexts(answer: unknown): { "zh-CN": string[]; en: string[]; source: string[] } {
  const out = { "zh-CN": [] as string[], en: [] as string[], source: [] as string[] };
  const walk = (x: unknown, key?: string): void => {
    if (Array.isArray(x)) return x.forEach((y) => walk(y));
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (typeof o["zh-CN"] === "string" && typeof o.en === "string") {
      out["zh-CN"].push(o["zh-CN"]);
      out.en.push(o.en);
      return;
    }
    if (key === "source") for (const v of Object.values(o)) if (typeof v === "string" && !/^https?:/.test(v)) out.source.push(v);
    for (const [k, v] of Object.entries(o)) walk(v, k);
  };
  walk(answer);
  return out;
}
