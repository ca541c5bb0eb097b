/**
 * docs/data-dictionary.md, written from the data dictionary (src/profile/dictionary/), the
 * profile schema (its fields and types: schema-fields.ts) and the fact registry (the facts
 * rules may name). `npm run docs:write` writes it; a test fails when the committed file differs.
 */
import { FIELD_TEXTS, UNIT_TEXT } from "./dictionary/index.js";
import { INPUT_FACTS } from "./input-facts.js";
import { DERIVED_FACTS } from "./derived-facts.js";
import type { FactDef } from "./fact.js";
import { PROFILE_FIELDS, type ProfileField } from "./schema-fields.js";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (s: string) => `\`${s}\``;

function typeText(f: ProfileField): string {
  const t = f.type === "enum" ? "coded text" : f.type === "string" && FIELD_TEXTS[f.path]?.unit === "date" ? "date" : f.type;
  return `${t}${f.optional ? "" : ", required"}`;
}

function fieldRow(f: ProfileField): string {
  const t = FIELD_TEXTS[f.path]!;
  const values = t.values ? `<br>${Object.entries(t.values).map(([v, w]) => `${code(v)} ${w["zh-CN"]} / ${w.en}`).join("; ")}` : "";
  const unit = t.unit ? `${UNIT_TEXT[t.unit]["zh-CN"]} / ${UNIT_TEXT[t.unit].en}` : "";
  const en = t.shape ? `${t.meaning.en} ${t.shape.en}` : t.meaning.en, zh = `${t.meaning["zh-CN"]}${t.shape?.["zh-CN"] ?? ""}`;
  return `| ${code(f.path)} | ${typeText(f)} | ${cell(unit)} | ${cell(t.label["zh-CN"])} / ${cell(t.label.en)} | ${cell(en)}<br>${cell(zh)}${cell(values)} | ${code(JSON.stringify(t.example))} |`;
}

/** The profile field a fact reads (`lastYear.revenue` → the latest `financials[].revenue`). */
const reads = (f: FactDef) => (f.name.startsWith("lastYear.") ? `${code(`financials[].${f.name.slice(9)}`)} of the latest year` : code(f.name));

const factUnit = (f: FactDef) => (f.unit ? UNIT_TEXT[f.unit].en : f.valueLabels ? Object.entries(f.valueLabels).map(([v, w]) => `${code(v)} ${w.en}`).join(", ") : f.type);

/** The whole document. */
export function dataDictionaryMarkdown(): string {
  return [
    "# Data dictionary",
    "",
    "<!-- Written by `npm run docs:write` from src/profile/dictionary/, src/profile/schema.ts and the fact",
    "     registry (src/profile/registry.ts). Do not edit by hand: change those and run it again. -->",
    "",
    "Every field of the EnterpriseProfile that `POST /v1/match` takes (the same text is each",
    "field's `description` in `GET /openapi.json`, and the help under the field of the web form).",
    "Money in yuan (CNY, at most 2 decimals; the form asks in 万元), ratios as fractions (0.05 =",
    "5 %; the form asks in percent), dates `YYYY-MM-DD` in Asia/Shanghai. **A field left out is",
    "unknown**, never 0 or false: the measures that need it are undetermined and name it.",
    "Nested fields are written with their path: `financials[].revenue` is `revenue` of each entry",
    "of `financials`; `project.stage` is `stage` of `project`.",
    "",
    "## Profile fields",
    "",
    "| field | type | unit | label (中文 / English) | meaning | example |",
    "|---|---|---|---|---|---|",
    ...PROFILE_FIELDS.map(fieldRow),
    "",
    "## Facts rules may name",
    "",
    "Rule files test facts by these names (lint refuses any other). Input facts read a profile",
    "field; derived facts are computed from several and reported in every answer's `derived`.",
    "",
    "| fact | reads | unit or values | label (中文 / English) |",
    "|---|---|---|---|",
    ...INPUT_FACTS.map((f) => `| ${code(f.name)} | ${reads(f)} | ${cell(factUnit(f))} | ${cell(f.label["zh-CN"])} / ${cell(f.label.en)} |`),
    "",
    "| derived fact | unit or values | label (中文 / English) | definition |",
    "|---|---|---|---|",
    ...DERIVED_FACTS.map((f) => `| ${code(f.name)} | ${cell(factUnit(f))} | ${cell(f.label["zh-CN"])} / ${cell(f.label.en)} | ${cell(f.source ?? "")} |`),
    "",
  ].join("\n");
}
