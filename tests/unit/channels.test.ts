/**
 * Fast-track channels and the money behind next questions, with values worked out from
 * policy/SOURCES.md §7 (一企一策 thresholds; 绿色直通车: mediation ≤ 15 days, never over 30;
 * land ≥ 8万/亩; factory 100 元/㎡ for FAI 3,000万–<2亿).
 */
import { describe, expect, it } from "vitest";
import { match } from "../../src/engine/match.js";
import { EnterpriseProfile } from "../../src/profile/schema.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";

const loaded = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, version: "2025.2.0", asOf: "2025-06-30" });
const run = (p: unknown) => match(EnterpriseProfile.parse(p), loaded, { asOf: "2025-06-30" });
const zone = { zone: "baotou-rare-earth-hi-tech-zone", sectorTags: ["rare-earth"] };

describe("channels", () => {
  it("fixed-asset investment of exactly 1,000,000,000 (10亿以上, inclusive) opens the policy concierge through 一企一策", async () => {
    const r = await run({ ...zone, project: { fixedAssetInvestment: 1_000_000_000, stage: "operating" }, annualTaxPaid: 0 });
    expect(r.channels.find((c) => c.id === "policy-concierge")?.openedBy).toEqual(["one-enterprise-one-policy"]);
  });

  it("999,999,999.99 with no foreign investment and 49,999,999.99 of tax opens none of it", async () => {
    const r = await run({ ...zone, project: { fixedAssetInvestment: 999_999_999.99, foreignInvestmentUsd: 0, stage: "operating" }, annualTaxPaid: 49_999_999.99 });
    expect(r.measures.find((m) => m.id === "one-enterprise-one-policy")!.status).toBe("ineligible");
    expect(r.channels.map((c) => c.id)).not.toContain("policy-concierge");
  });

  it("a pending lawsuit opens the green-tag channel with its commitment: mediation within 15 days, never over 30", async () => {
    const r = await run({ ...zone, flags: { pendingLitigation: true } });
    const green = r.channels.find((c) => c.id === "green-tag-litigation")!;
    expect(green.openedBy).toEqual(["green-tag-litigation"]);
    expect(green.commitment.en).toMatch(/within 15 days, never over 30/);
    expect(green.commitment["zh-CN"]).toMatch(/不超过15日，最长不超过30日/);
    expect((await run({ ...zone, flags: { pendingLitigation: false } })).channels.map((c) => c.id)).not.toContain("green-tag-litigation");
  });

  it("local measures open their channels only inside the zone: an investor of 1,000,000,000 registered elsewhere gets no policy concierge", async () => {
    const r = await run({ zone: "baotou-jiuyuan-district", sectorTags: ["rare-earth"], project: { fixedAssetInvestment: 1_000_000_000, stage: "signed" }, annualTaxPaid: 0, flags: { pendingLitigation: true } });
    for (const id of ["one-enterprise-one-policy", "major-project-joint-approval", "green-tag-litigation", "half-day-registration"]) {
      expect(r.measures.find((m) => m.id === id)!.status, id).toBe("ineligible");
    }
    expect(r.channels).toEqual([]);
  });

  it("an unknown lawsuit flag opens nothing (missing data is never eligibility)", async () => {
    const r = await run({});
    expect(r.channels).toEqual([]);
  });
});

describe("next questions: the money each answer would settle", () => {
  it("land tenure unanswered holds back the land reward (10 亩 × 80,000 = 800,000) and the factory subsidy (5,000 ㎡ × 100 = 500,000)", async () => {
    const r = await run({ ...zone, project: { fixedAssetInvestment: 40_000_000, landAreaMu: 10, floorAreaM2: 5000, stage: "construction" } });
    const q = r.nextQuestions.find((x) => x.fact === "project.landTenure")!;
    expect(q.settles.sort()).toEqual(["factory-construction-subsidy", "land-purchase-reward"]);
    expect(q.value).toBe(1_300_000);
  });
});
