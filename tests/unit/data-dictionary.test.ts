/**
 * The data dictionary: every field of the EnterpriseProfile (nested ones too) has its label,
 * meaning, unit and example in zh and en; the same text is the field's description in the
 * profile schema and in /openapi.json, and the help of the form's field (or the introduction of
 * its section); docs/data-dictionary.md is what `npm run docs:write` writes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { dataDictionaryMarkdown } from "../../src/profile/data-dictionary-doc.js";
import { FIELD_TEXTS, fieldDescription } from "../../src/profile/dictionary/index.js";
import { PROFILE_FIELDS } from "../../src/profile/schema-fields.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";
import { ALL_FIELDS } from "../../src/views/field-index.js";
import { SECTION_INTROS } from "../../src/views/fields-groups.js";

const PATHS = PROFILE_FIELDS.map((f) => f.path);

describe("the dictionary covers the profile schema", () => {
  it("finds every field of the schema, nested ones included", () => {
    expect(PATHS.length).toBeGreaterThan(55);
    for (const p of ["creditCode", "financials[].revenue", "financials[].taxableIncome", "project.stage", "loanRequest.termMonths", "certifications[].validUntil", "talents[].equityShare", "intellectualProperty.classII", "flags.pendingLitigation"]) {
      expect(PATHS).toContain(p);
    }
  });

  it.each(PATHS)("%s: a label, a meaning in both languages and an example the schema accepts", (path) => {
    const t = FIELD_TEXTS[path];
    expect(t, `src/profile/dictionary/ has no entry for ${path}`).toBeDefined();
    for (const lang of ["zh-CN", "en"] as const) {
      expect(t!.label[lang].length, `${path} label ${lang}`).toBeGreaterThan(1);
      expect(t!.meaning[lang].length, `${path} meaning ${lang}`).toBeGreaterThan(8);
    }
    const field = PROFILE_FIELDS.find((f) => f.path === path)!;
    expect(field.schema.safeParse(t!.example).success, `${path}: example ${JSON.stringify(t!.example)}`).toBe(true);
    if (field.values) expect(Object.keys(t!.values ?? {}).sort(), `${path}: a word for every coded value`).toEqual([...field.values].sort());
  });

  it("has no entry for a field the schema does not have", () => {
    expect(Object.keys(FIELD_TEXTS).filter((p) => !PATHS.includes(p))).toEqual([]);
  });

  it("gives each meaning without its unit: the form asks in 万元 and percent, the API in yuan and fractions", () => {
    for (const [path, t] of Object.entries(FIELD_TEXTS)) expect(`${t.meaning.en} ${t.meaning["zh-CN"]}`, path).not.toMatch(/\byuan\b|万元|\bfraction\b/);
  });
});

describe("the same text everywhere", () => {
  it("is each field's description in the profile schema", () => {
    for (const f of PROFILE_FIELDS) expect(f.schema.description, f.path).toBe(fieldDescription(f.path));
  });

  it("is each field's description in /openapi.json", async () => {
    const app = createApp({ catalog: bundledCatalog, today: () => "2025-06-30" });
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }> };
    type Schema = { description?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };
    const described = new Map<string, string | undefined>();
    const walk = (s: Schema, prefix: string) => {
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        const path = prefix + key;
        described.set(path, child.description);
        const inner = child.anyOf?.find((x) => x.properties || x.items) ?? child;
        if (inner.properties) walk(inner, `${path}.`);
        const item = inner.items?.anyOf?.find((x) => x.properties) ?? inner.items;
        if (item?.properties) walk(item, `${path}[].`);
      }
    };
    walk(doc.paths["/v1/match"]!.post.requestBody.content["application/json"]!.schema.properties!.profile!, "");
    expect([...described.keys()].sort()).toEqual([...PATHS].sort());
    for (const p of PATHS) expect(described.get(p), p).toBe(fieldDescription(p));
  });

  it("is the help of the form's field that fills it, or the introduction of its section", () => {
    const helped = new Map<string, string[]>();
    for (const def of ALL_FIELDS) if (def.path && def.help) helped.set(def.path, [...(helped.get(def.path) ?? []), def.help.en, def.help["zh-CN"]]);
    for (const [path, intro] of Object.entries(SECTION_INTROS)) helped.set(path, [intro.en, intro["zh-CN"]]);
    // intellectualProperty is asked as its two counts, each with its own help
    const asked = PATHS.filter((p) => p !== "intellectualProperty");
    for (const path of asked) {
      const texts = helped.get(path);
      expect(texts, `no form help for ${path}`).toBeDefined();
      const t = FIELD_TEXTS[path]!;
      expect(texts!.some((h) => h.startsWith(t.meaning.en)), `${path} (en)`).toBe(true);
      expect(texts!.some((h) => h.startsWith(t.meaning["zh-CN"])), `${path} (zh-CN)`).toBe(true);
    }
  });
});

describe("docs/data-dictionary.md", () => {
  it("is what `npm run docs:write` writes (run it if this fails)", () => {
    expect(readFileSync(new URL("../../docs/data-dictionary.md", import.meta.url), "utf8")).toBe(dataDictionaryMarkdown());
  });

  it("lists every profile field and every fact of the registry", () => {
    const md = dataDictionaryMarkdown();
    for (const p of PATHS) expect(md, p).toContain(`| \`${p}\` |`);
    for (const fact of ["lastYear.revenue", "rdIntensity3y", "sizeClass", "flags.icEnterprise"]) expect(md).toContain(`| \`${fact}\` |`);
  });
});
