/**
 * Stacking of measures that cannot be combined (DESIGN.md "Amounts"; src/engine/stacking.ts):
 * no bundled version declares a `stackingGroup` or `excludes` outside the income-tax rate
 * regimes (which the income-tax package decides), so the rule is pinned on a copy of 2025.2.0
 * in which the two one-off awards cannot be combined. The firm is the bonded-magnet maker of the
 * fixtures on 2025-06-30: hnte-recognition-award 500,000 (rare-earth firm, first certificate
 * 365 days ago), tsme-database-award 50,000 (in the TSME database 2024 and 2025),
 * rd-post-subsidy 81,000 (1,620,000 × 5 %): 631,000 of payments without stacking.
 */
import { describe, expect, it } from "vitest";
import { decide } from "../../src/engine/decide.js";
import { match } from "../../src/engine/match.js";
import { matchDecision } from "../../src/engine/match-decision.js";
import type { EnterpriseProfile, SupportRecord } from "../../src/profile/index.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { loadRuleSet } from "../../src/ruleset/catalog.js";
import { PROFILES } from "../support/cases.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const AS_OF = "2025-06-30";
const bonded = PROFILES["fixtures/profiles/bonded-magnet-maker-first-hnte-365-days-and-slpe.json"] as EnterpriseProfile;
const HNTE_AWARD = "hnte-recognition-award", TSME_AWARD = "tsme-database-award";

/** 2025.2.0 with `change` applied to its two awards. */
function version(change: (hnte: any, tsme: any) => void) {
  const raw = structuredClone(BUNDLED_FILES.find((f: any) => f.version === "2025.2.0")) as any;
  const by = (id: string) => raw.measures.find((m: any) => m.id === id);
  change(by(HNTE_AWARD), by(TSME_AWARD));
  return loadRuleSet(raw);
}
const oneAward = version((h, t) => { h.stackingGroup = "one-award"; t.stackingGroup = "one-award"; });
const measure = (r: { measures: { id: string }[] }, id: string) => r.measures.find((m) => m.id === id) as any;

describe("two awards that cannot be combined", () => {
  it("unchanged 2025.2.0: both awards counted (631,000)", async () => {
    const r = await match(bonded, version(() => {}), { asOf: AS_OF });
    expect([measure(r, HNTE_AWARD).excludedBy, measure(r, TSME_AWARD).excludedBy, r.totals.payment]).toEqual([null, null, 631000]);
  });

  it("one stackingGroup: the larger award kept, the other excluded with the reason, and left out of totals (631,000 − 50,000)", async () => {
    const r = await match(bonded, oneAward, { asOf: AS_OF });
    const tsme = measure(r, TSME_AWARD);
    expect([measure(r, HNTE_AWARD).excludedBy, tsme.status, tsme.excludedBy]).toEqual([null, "eligible", HNTE_AWARD]);
    expect(tsme.excludedReason.en).toMatch(/the better option was chosen \(500,000\.00 yuan ≥ 50,000\.00 yuan\)/);
    expect(tsme.excludedReason["zh-CN"]).toMatch(/不能与「.+」叠加享受/);
    expect(r.totals.payment).toBe(581000);
  });

  it("`excludes` named on one side only binds both ways", async () => {
    for (const loaded of [version((_, t) => { t.excludes = [HNTE_AWARD]; }), version((h) => { h.excludes = [TSME_AWARD]; })]) {
      const r = await match(bonded, loaded, { asOf: AS_OF });
      expect([measure(r, HNTE_AWARD).excludedBy, measure(r, TSME_AWARD).excludedBy, r.totals.payment]).toEqual([null, HNTE_AWARD, 581000]);
    }
  });

  it("equal amounts: the one listed first is kept (hnte-recognition-award is listed before tsme-database-award)", async () => {
    const loaded = version((h, t) => { h.stackingGroup = t.stackingGroup = "one-award"; t.amount.value = 500000; });
    const r = await match(bonded, loaded, { asOf: AS_OF });
    expect(measure(r, TSME_AWARD).excludedBy).toBe(HNTE_AWARD);
    expect(measure(r, TSME_AWARD).excludedReason.en).toMatch(/\(500,000\.00 yuan ≥ 500,000\.00 yuan\)/);
  });

  it("the award already received is kept whatever its amount; the other is excluded as not combinable with it; totals 81,000", async () => {
    const received: SupportRecord[] = [{ measureId: TSME_AWARD, status: "granted", date: "2025-05-20", amount: 50000 }];
    const r = await match(bonded, oneAward, { asOf: AS_OF, received });
    expect([measure(r, TSME_AWARD).excludedBy, measure(r, HNTE_AWARD).excludedBy]).toEqual([null, TSME_AWARD]);
    expect(measure(r, HNTE_AWARD).excludedReason.en).toMatch(/already received for this period/);
    expect(r.totals.payment).toBe(81000); // rd-post-subsidy only: the TSME award is received, the HNTE award excluded
  });

  it("only eligible measures take part: a day later the first certificate is 366 days old, and the TSME award stands alone", async () => {
    const r = await match(bonded, oneAward, { asOf: "2025-07-01" });
    expect([measure(r, HNTE_AWARD).status, measure(r, TSME_AWARD).status, measure(r, TSME_AWARD).excludedBy]).toEqual(["ineligible", "eligible", null]);
  });

  it("the decision without reasons and screening's decide() exclude the same measures with the same totals", async () => {
    for (const received of [undefined, [{ measureId: TSME_AWARD, status: "granted", date: "2025-05-20" } as SupportRecord]]) {
      const full = await match(bonded, oneAward, { asOf: AS_OF, received });
      const none = await matchDecision(bonded, oneAward, { asOf: AS_OF, received });
      const screened = decide(bonded, oneAward, { asOf: AS_OF, received });
      const expected = full.measures.map((m) => [m.id, m.excludedBy]);
      expect(none.measures.map((m) => [m.id, m.excludedBy])).toEqual(expected);
      expect(screened.decisions.map((d) => [d.measureId, d.excludedBy])).toEqual(expected);
      expect([none.totals, screened.totals]).toEqual([full.totals, full.totals]);
    }
  });
});
