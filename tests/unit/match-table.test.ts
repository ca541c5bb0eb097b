/** `npm run match`'s table (src/cli/table.ts) says what the API says: the measures, the totals, and the income tax of the package. */
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/cli/table.js";
import { match } from "../../src/engine/match.js";
import { EnterpriseProfile } from "../../src/profile/index.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { PROFILES } from "../support/cases.js";

const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: "2025-06-30" });

describe("the match table", () => {
  it("ends with the income tax computed once (fixtures/cases/stacking/hnte-and-slpe-slpe-chosen.json: saving 885,000.00)", async () => {
    const profile = EnterpriseProfile.parse(PROFILES["fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"]);
    const r = await match(profile, loaded, { asOf: "2025-06-30" });
    const en = renderTable(r, "en").split("\n");
    expect(en).toContain("totals: payments 631,000.00 · tax savings 885,000.00 · credit lines 0.00 · interest subsidies 0.00 yuan");
    expect(en.at(-1)).toBe(`Income tax for fiscal 2024, from the 2024 accounts, computed once for these incentives: ${r.incomeTax!.basis.en}`);
    expect(en.at(-1)).toMatch(/taxable income before incentives 4,020,000.00 yuan; without incentives .* = 1,005,000.00 yuan; .* = 120,000.00 yuan; saving 885,000.00 yuan$/);
    expect(renderTable(r, "zh-CN").split("\n").at(-1)).toMatch(/^2024年度企业所得税测算（按2024年度账目），各项优惠合并计算: 2024年度：申报应纳税所得额 2,400,000.00 元/);
  });
});
