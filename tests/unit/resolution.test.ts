/**
 * Which version answers on a date (src/ruleset/resolution.ts): the catalog's resolution, the
 * version a draft replaces (`Catalog.replacedBy`), and whether a case is answered by a version
 * that is in no catalog yet. The bundled versions: 2023.1.0 from 2023-04-17, 2025.1.0 from
 * 2025-01-01, 2025.2.0 from 2025-05-20.
 */
import { describe, expect, it } from "vitest";
import { bundledCatalog, DEFAULT_RULESET_ID as ID } from "../../src/ruleset/bundled.js";
import { answeredBy, inForceOn, type VersionInfo } from "../../src/ruleset/resolution.js";

const catalog = await bundledCatalog();
const v = (version: string, effectiveFrom: string, id = ID): VersionInfo => ({ id, version, effectiveFrom });
const BUNDLED = [v("2023.1.0", "2023-04-17"), v("2025.1.0", "2025-01-01"), v("2025.2.0", "2025-05-20")];

describe("inForceOn", () => {
  it("the latest effectiveFrom on or before the date; on the same day the higher number; none before the first", () => {
    const same = [...BUNDLED, v("2025.3.0", "2025-05-20")];
    const at = (list: VersionInfo[], asOf: string) => inForceOn(list, asOf, (x) => x)?.version;
    expect([at(BUNDLED, "2025-05-19"), at(BUNDLED, "2025-05-20"), at(BUNDLED, "2024-12-31"), at(BUNDLED, "2023-04-16")]).toEqual(["2025.1.0", "2025.2.0", "2023.1.0", undefined]);
    expect(at(same, "2025-05-20")).toBe("2025.3.0");
  });
});

describe("Catalog.replacedBy", () => {
  const replaced = (d: VersionInfo) => catalog.replacedBy(d)?.ruleset.version;

  it("a draft replaces the version in force on its effectiveFrom", () => {
    expect(replaced(v("2026.1.0", "2026-01-01"))).toBe("2025.2.0");
    expect(replaced(v("2025.1.1", "2025-03-01"))).toBe("2025.1.0");
    expect(replaced(v("2025.2.1", "2025-05-20"))).toBe("2025.2.0"); // same day, higher number: it shadows 2025.2.0
  });

  it("a version of a number that exists (a published or bundled copy) is left out: the one before it answers", () => {
    expect(replaced(v("2025.2.0", "2025-05-20"))).toBe("2025.1.0");
  });

  it("none before the first version, nor for another rule set", () => {
    expect(replaced(v("2022.1.0", "2022-01-01"))).toBeUndefined();
    expect(replaced(v("2026.1.0", "2026-01-01", "other-zone"))).toBeUndefined();
  });

  it("resolve and replacedBy agree for every day around the bundled dates", () => {
    for (const day of ["2023-04-17", "2024-12-31", "2025-01-01", "2025-05-19", "2025-05-20", "2030-01-01"]) {
      expect(replaced(v("2099.1.0", day)), day).toBe(catalog.resolve({ id: ID, asOf: day }).ruleset.version);
    }
  });
});

describe("answeredBy", () => {
  const draft = v("2026.1.0", "2026-01-01");
  it("a case pinned to the version, or dated in its period, is answered by it; one before its date or pinned elsewhere is not", () => {
    expect(answeredBy({ id: ID, asOf: "2026-06-30" }, draft, BUNDLED)).toBe(true);
    expect(answeredBy({ id: ID, asOf: "2025-12-31" }, draft, BUNDLED)).toBe(false);
    expect(answeredBy({ id: ID, asOf: "2025-06-30", version: "2026.1.0" }, draft, BUNDLED)).toBe(true);
    expect(answeredBy({ id: ID, asOf: "2026-06-30", version: "2025.2.0" }, draft, BUNDLED)).toBe(false);
    expect(answeredBy({ id: "other-zone", asOf: "2026-06-30" }, draft, BUNDLED)).toBe(false);
  });

  it("a later version ends the period; the target itself among the others changes nothing", () => {
    expect(answeredBy({ id: ID, asOf: "2025-06-30" }, BUNDLED[1]!, BUNDLED)).toBe(false);
    expect(answeredBy({ id: ID, asOf: "2025-05-19" }, BUNDLED[1]!, BUNDLED)).toBe(true);
  });
});
