/**
 * A saved profile back into the form (issue 15: "continue where I left off", "this year's
 * answers from last year's"): every fixture round-trips through the form; what the form cannot
 * hold is named; the next year's form moves the accounts one column back.
 */
import { describe, expect, it } from "vitest";
import type { EnterpriseProfile } from "../../src/profile/index.js";
import { readForm } from "../../src/views/form-profile.js";
import { nextYearForm, profileToForm } from "../../src/views/profile-form.js";
import { PROFILES } from "../support/cases.js";
import { formProfileOf } from "../support/profile-form.js";

const magnet = PROFILES["fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json"] as EnterpriseProfile;

describe("a saved profile in the form", () => {
  it.each(Object.keys(PROFILES))("%s: the form read back gives the profile (as the form holds it)", (path) => {
    const p = PROFILES[path] as EnterpriseProfile;
    const { values } = profileToForm(p);
    expect(readForm(values).errors).toEqual([]);
    expect(readForm(values).profile).toEqual(formProfileOf(p));
  });

  it("names what the form cannot hold: a fourth year, a sixth certificate, other sector tags, another zone", () => {
    const p: EnterpriseProfile = {
      ...magnet, zone: "hohhot-economic-zone",
      financials: [{ year: 2021, revenue: 1, rdExpense: 0 }, ...magnet.financials!],
      certifications: Array.from({ length: 7 }, (_, i) => ({ type: "tsme" as const, issuedOn: `201${i}-05-01` })),
    };
    const { values, dropped } = profileToForm(p);
    expect(dropped).toEqual(["zone", "sectorTags", "financials (2021)", "certifications (2 more)"]);
    expect([values.zone, values.rareEarth, values.latestYear, values["fy2.revenue"], values["cert4.issuedOn"]]).toEqual(["other", "yes", "2024", "4,500", "2014-05-01"]);
    expect(profileToForm(magnet).dropped).toEqual(["sectorTags"]); // rare-earth and permanent-magnet: the form asks only "rare-earth?"
  });
});

describe("this year's answers from last year's", () => {
  it("a new latest year to fill in, last year's accounts one column back, the oldest dropped, the rest kept", () => {
    const { values } = profileToForm(magnet); // 2022–2024: revenue 4,500 / 5,500 / 5,000 万元
    const next = nextYearForm(values);
    expect(next.latestYear).toBe("2025");
    expect([next["fy0.revenue"], next["fy1.revenue"], next["fy2.revenue"]]).toEqual([undefined, "5,000", "5,500"]);
    expect(Object.keys(next).filter((k) => k.startsWith("fy0."))).toEqual([]);
    const { latestYear: _a, ...rest } = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith("fy")));
    const { latestYear: _b, ...kept } = Object.fromEntries(Object.entries(next).filter(([k]) => !k.startsWith("fy")));
    expect(kept).toEqual(rest);
    // read back on 2026-06-30: the 2023 and 2024 accounts, and the 2025 year left to enter
    const reading = readForm({ ...next, asOf: "2026-06-30" });
    expect(reading.errors).toEqual([]);
    expect(reading.profile.financials).toEqual(magnet.financials!.slice(1));
    expect(nextYearForm({ employees: "3" })).toEqual({ employees: "3" }); // no accounts: nothing to move
  });
});
