/**
 * Words a firm can read: every measure of every bundled version, for every fixture profile
 * (fixtures/profiles and the cases' profiles), explained, in both languages — the result page,
 * the API's texts and (for fixtures/profiles) the `npm run match` table — holds no internal text: no SOURCES.md, no
 * evidence grade letters, no hashes, no raw codes (`small`, `true`, `purchased`, ids), no
 * percentage past two decimals. The checker is shown to catch each of these in a bad sample.
 */
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/cli/table.js";
import { match } from "../../src/engine/match.js";
import type { MatchResult } from "../../src/engine/result.js";
import { EnterpriseProfile, ProfileDateError } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { CASES, PROFILES } from "../support/cases.js";
import { answerTexts, htmlTexts, internalTokens, vocabulary } from "../support/internal-text.js";
import { renderResultPage } from "../support/render-page.js";

const catalog = await bundledCatalog();
const VERSIONS = catalog.list().find((s) => s.id === DEFAULT_RULESET_ID)!.versions.map((v) => v.version);
const loaded = VERSIONS.map((version) => catalog.resolve({ id: DEFAULT_RULESET_ID, version, asOf: "2099-12-31" }));
const vocab = vocabulary(loaded.map((l) => l.ruleset));

/** Every profile to render, once each, with the date it is asked on; `table` for the fixture profiles (cli-table3 takes ~0.1 s a table). */
const subjects = new Map<string, { name: string; profile: Record<string, unknown>; asOf: string; table?: true }>();
for (const [file, profile] of Object.entries(PROFILES)) subjects.set(JSON.stringify(profile), { name: file, profile, asOf: "2025-06-30", table: true });
for (const c of CASES) if (!subjects.has(JSON.stringify(c.profile))) subjects.set(JSON.stringify(c.profile), { name: c.file, profile: c.profile, asOf: c.asOf });

/** Texts to check, by language, each with the first place it was seen (pages share most of their texts). */
type Seen = Map<string, string>;
const note = (seen: Seen, texts: readonly string[], where: string) => texts.forEach((t) => seen.has(t) || seen.set(t, where));

describe("the checker", () => {
  const BAD: [string, "zh-CN" | "en", RegExp][] = [
    ["no stacking (principle of art. 2; [M] in SOURCES.md §4)", "en", /SOURCES.md/],
    ["与小型微利企业优惠不得叠加（policy/SOURCES.md §4 标为 [M]）", "zh-CN", /evidence grade in brackets/],
    ["政策依据未经原文核实（证据等级 M）：仅供参考", "zh-CN", /evidence grade letter/],
    ["the source has not been checked against the document (evidence U)", "en", /evidence grade letter/],
    ["内蒙古法院网 2022 V-gov", "zh-CN", /evidence grade letter/],
    ["Decision id sha256:195bb61f8d40d7d4…", "en", /hash/],
    ["结果编号 195bb61f8d40d7d48d46", "zh-CN", /hash/],
    ["稀土企业为 true 时 500,000.00 元", "zh-CN", /raw boolean/],
    ["for rare-earth enterprise false 300,000.00 yuan", "en", /raw boolean/],
    ["上年度研发费用 1,620,000.00 元 × 企业规模为 small 时 5%", "zh-CN", /code: small/],
    ["企业所得税征收方式：actual", "zh-CN", /code: actual/],
    ["用地方式：purchased", "zh-CN", /code: purchased/],
    ["注册地：baotou-rare-earth-hi-tech-zone", "zh-CN", /id: baotou-rare-earth-hi-tech-zone/],
    ["zone of registration: baotou-rare-earth-hi-tech-zone", "en", /id: baotou-rare-earth-hi-tech-zone/],
    ["loan amount × lpr1y (from 2024-10-21) 3.1%", "en", /id: lpr1y/],
    ["settles: rd-post-subsidy", "en", /id: rd-post-subsidy/],
    ["Missing: lastYear.revenue", "en", /camelCase/],
    ["缺少 taxCollection", "zh-CN", /camelCase/],
    ["R&D intensity 3.8889% is below 4%", "en", /more than two decimals/],
  ];
  it.each(BAD)("finds the internal text in %j", (text, lang, expected) => {
    expect(internalTokens(text, lang, vocab).join("\n")).toMatch(expected);
  });

  const GOOD: [string, "zh-CN" | "en"][] = [
    ["A post-subsidy on last year's R&D: 5 % for small and micro enterprises, 3 % for others", "en"],
    ["rare-earth enterprise: yes", "en"],
    ["FAI 30M to under 200M; LPR + 80 bp; 3.89%; 5.00%", "en"],
    ["起诉状及证据材料（非法定材料可立案后补充）", "zh-CN"],
    ["见 https://www.most.gov.cn/xxgk/201705/t20170510_132709.html", "zh-CN"],
    ["上年度研发费用 1,620,000.00 元 ×（企业规模：小型）5.00% = 81,000.00 元", "zh-CN"],
    ["结果编号 PM-79FG-S7H1", "zh-CN"],
    ["包头瑞氢合金材料有限公司 (91150200664092753W)", "zh-CN"],
  ];
  it.each(GOOD)("passes the clean text %j", (text, lang) => {
    expect(internalTokens(text, lang, vocab)).toEqual([]);
  });
});

describe("every bundled version, every fixture profile, both languages", () => {
  it("the result page, the API's texts and the match table hold no internal text", async () => {
    const seen = { "zh-CN": new Map(), en: new Map(), mixed: new Map() } satisfies Record<string, Seen>;
    let rendered = 0;
    for (const { name, profile, asOf, table } of subjects.values()) {
      const parsed = EnterpriseProfile.safeParse(profile);
      if (!parsed.success) continue; // a case of a refused profile: it has no answer to read
      for (const l of loaded) {
        let result: MatchResult;
        try {
          result = await match(parsed.data, l, { asOf });
        } catch (e) {
          if (e instanceof ProfileDateError) continue;
          throw e;
        }
        const where = `${name} @ ${l.ruleset.version}`;
        const api = answerTexts(result);
        for (const lang of ["zh-CN", "en"] as const) {
          note(seen[lang], htmlTexts(await renderResultPage(result, parsed.data, lang)), `${where}, page`);
          note(seen[lang], api[lang], `${where}, API`);
          if (table) note(seen[lang], renderTable(result, lang).split("\n"), `${where}, table`);
        }
        note(seen.mixed, api.source, `${where}, API source`);
        rendered++;
      }
    }
    const found = Object.entries(seen).flatMap(([lang, texts]) =>
      [...texts].flatMap(([t, where]) => internalTokens(t, lang as "en", vocab).map((p) => `${p} in “${t.slice(0, 160)}” (${lang}, ${where})`)));
    expect(found.slice(0, 60)).toEqual([]);
    expect(subjects.size).toBeGreaterThan(60);
    expect(rendered).toBeGreaterThan(3 * 60);
    expect(seen["zh-CN"].size + seen.en.size).toBeGreaterThan(3000);
  }, 240_000);
});
