/** The rule-set layer: schema file, bundled versions, resolution, hash, parameters. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { lintRuleSet } from "../../src/ruleset/lint.js";
import { Catalog, RuleSetNotFoundError } from "../../src/ruleset/catalog.js";
import { BUNDLED_FILES, bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { ruleSetJsonSchema } from "../../src/ruleset/json-schema.js";
import { parameterOn } from "../../src/ruleset/parameters.js";
import { readableIssues } from "../../src/profile/index.js";
import { RuleSet, Version } from "../../src/ruleset/schema.js";
import { canonicalVersion, compareVersions } from "../../src/ruleset/version.js";

const base = BUNDLED_FILES[0] as Record<string, unknown>;
const latest = BUNDLED_FILES.at(-1) as Record<string, unknown>;
const variant = (version: string, effectiveFrom: string) => ({ ...base, version, effectiveFrom });

describe("rules/ruleset.schema.json", () => {
  it("is what `npm run schema:write` writes from the RuleSet schema (run it if this fails)", () => {
    expect(readFileSync(new URL("../../rules/ruleset.schema.json", import.meta.url), "utf8")).toBe(ruleSetJsonSchema());
  });
});

describe("the bundled rule set", () => {
  it("parses, and every measure cites a source and an evidence grade", async () => {
    const cat = await bundledCatalog();
    for (const { ruleset } of cat.list()[0]!.versions.map((v) => cat.resolve({ id: DEFAULT_RULESET_ID, version: v.version, asOf: v.effectiveFrom }))) {
      expect(ruleset.measures.length, ruleset.version).toBe(19);
      for (const m of ruleset.measures) {
      expect(m.source.title.length).toBeGreaterThan(0);
      expect(m.source.number ?? m.source.note, m.id).toBeTruthy();
        expect(["V-gov", "V", "V1", "M", "U"]).toContain(m.evidence);
      }
    }
  });

  it("refuses an unknown fact, a duplicate measure id and an unknown channel", () => {
    const m0 = (base.measures as Record<string, unknown>[])[0]!;
    const badFact = { ...base, measures: [{ ...m0, conditions: { all: [{ fact: "revenu", operator: "equal", value: 1 }] } }] };
    const r1 = RuleSet.safeParse(badFact);
    expect(r1.success).toBe(false);
    const issues = readableIssues(r1.error!.issues);
    expect(issues.map((i) => i.message).join()).toMatch(/unknown fact "revenu"/);
    expect(issues[0]!.path).toEqual(["measures", 0, "conditions", "all", 0, "fact"]);
    expect(RuleSet.safeParse({ ...base, measures: [m0, m0] }).error!.issues[0]!.message).toMatch(/duplicate measure id/);
    expect(RuleSet.safeParse({ ...base, measures: [{ ...m0, channels: ["nowhere"] }] }).error!.issues[0]!.message).toMatch(/unknown channel/);
  });
});

describe("the json-rules-engine grammar in rule files", () => {
  const m0 = (base.measures as Record<string, unknown>[])[0]!;
  const withConditions = (conditions: unknown, measureConditions: unknown) =>
    RuleSet.safeParse({ ...base, conditions, measures: [{ ...m0, conditions: measureConditions }] });

  it("accepts named conditions, references, decorated operators and fact-to-fact comparisons", () => {
    const r = withConditions(
      { clean: { all: [{ fact: "flags.seriousFraud", operator: "equal", value: false }] } },
      { all: [{ condition: "clean" }, { fact: "sectorTags", operator: "someFact:equal", value: "rare-earth" }, { fact: "techStaff", operator: "lessThanInclusive", value: { fact: "employees" } }] },
    );
    expect(r.success).toBe(true);
  });

  it("refuses an unknown reference, a cycle, an unknown decorator", () => {
    expect(withConditions({}, { all: [{ condition: "nowhere" }] }).error!.issues[0]!.message).toMatch(/does not define/);
    const cycle = withConditions({ a: { all: [{ condition: "b" }] }, b: { any: [{ condition: "a" }] } }, { all: [{ condition: "a" }] });
    expect(cycle.error!.issues.map((i) => i.message).join()).toMatch(/refers back to itself/);
    const bad = withConditions({}, { all: [{ fact: "employees", operator: "maybe:equal", value: 1 }] });
    expect(readableIssues(bad.error!.issues)[0]!.message).toMatch(/operator must be one of/);
  });
});

describe("resolution (DESIGN.md 'Rule files and versions')", () => {
  const catalog = () => Catalog.load([variant("2025.1.0", "2025-01-01"), variant("2025.2.0", "2025-05-20"), variant("2025.10.0", "2025-05-20")]);

  it("asOf picks the latest effectiveFrom ≤ asOf; on the day a version takes effect it answers", async () => {
    const c = await catalog();
    expect(c.resolve({ id: DEFAULT_RULESET_ID, asOf: "2025-05-19" }).ruleset.version).toBe("2025.1.0");
    // two versions from 2025-05-20: the higher number (2025.10.0 > 2025.2.0 numerically) answers
    expect(c.resolve({ id: DEFAULT_RULESET_ID, asOf: "2025-05-20" }).ruleset.version).toBe("2025.10.0");
  });

  it("version pins, whatever asOf says", async () => {
    const c = await catalog();
    expect(c.resolve({ id: DEFAULT_RULESET_ID, asOf: "2030-01-01", version: "2025.1.0" }).ruleset.version).toBe("2025.1.0");
  });

  it("nothing in force, an unknown version or id → RuleSetNotFoundError", async () => {
    const c = await catalog();
    expect(() => c.resolve({ id: DEFAULT_RULESET_ID, asOf: "2024-12-31" })).toThrow(RuleSetNotFoundError);
    expect(() => c.resolve({ id: DEFAULT_RULESET_ID, asOf: "2025-06-30", version: "2025.3.0" })).toThrow(/versions: 2025.1.0, 2025.2.0, 2025.10.0/);
    expect(() => c.resolve({ id: "elsewhere", asOf: "2025-06-30" })).toThrow(RuleSetNotFoundError);
  });

  it("a version defined twice is refused", async () => {
    await expect(Catalog.load([base, base])).rejects.toThrow(/defined twice/);
  });

  it("compares versions numerically", () => {
    expect(compareVersions("2025.10.0", "2025.9.9")).toBeGreaterThan(0);
    expect(compareVersions("2025.1.0", "2025.1.0")).toBe(0);
    expect(compareVersions("2024.12.3", "2025.0.0")).toBeLessThan(0);
  });

  it("compares exactly at any length, and reads a leading zero as the same number", () => {
    expect(compareVersions("2041.07.0", "2041.7.0")).toBe(0);
    // beyond 2^53 a Number comparison would call these equal
    expect(compareVersions("2025.90071992547409931.0", "2025.90071992547409930.0")).toBeGreaterThan(0);
    expect(compareVersions("2025.100000000000000000000.0", "2025.99999999999999999999.0")).toBeGreaterThan(0);
    expect(canonicalVersion("2041.07.00")).toBe("2041.7.0");
    expect(canonicalVersion("2041.10.100")).toBe("2041.10.100");
  });

  it("a version has one spelling: a leading zero is refused with the spelling to use", () => {
    const message = (v: unknown) => { const r = Version.safeParse(v); return r.success ? "ok" : r.error.issues[0]!.message; };
    expect(message("2041.7.0")).toBe("ok");
    expect(message("2041.07.0")).toBe('version "2041.07.0" has a leading zero: write it 2041.7.0 (the same number, in its one spelling)');
    expect(message("2041.7.00")).toMatch(/write it 2041\.7\.0/);
    expect(message("0999.1.0")).toBe("version must be YYYY.N.P, e.g. 2025.1.0");
    expect(message("v2")).toBe("version must be YYYY.N.P, e.g. 2025.1.0");
    // lint (the validate route, publishing, npm run rules:check) says the same at /version
    const report = lintRuleSet({ ...(BUNDLED_FILES.at(-1) as object), version: "2025.02.0" }, { today: "2025-06-30" });
    expect(report.errors).toContainEqual(expect.objectContaining({ pointer: "/version", message: expect.stringMatching(/write it 2025\.2\.0/) }));
  });
});

describe("the bundled versions by date", () => {
  it.each([
    ["2023-04-17", "2023.1.0"], ["2024-12-31", "2023.1.0"], ["2025-01-01", "2025.1.0"],
    ["2025-05-19", "2025.1.0"], ["2025-05-20", "2025.2.0"], ["2030-01-01", "2025.2.0"],
  ])("on %s the version in force is %s", async (asOf, version) => {
    expect((await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, asOf }).ruleset.version).toBe(version);
  });

  it("2023.1.0 ran the SLPE relief under announcement 2023 No. 6 to 2024-12-31; 2025.1.0 under No. 12 to 2027-12-31", async () => {
    const c = await bundledCatalog();
    const slpe = (version: string) => c.resolve({ id: DEFAULT_RULESET_ID, version, asOf: "2025-06-30" }).ruleset.measures.find((m) => m.id === "slpe-income-tax-relief")!;
    expect([slpe("2023.1.0").validTo, slpe("2023.1.0").source.number]).toEqual(["2024-12-31", "财政部 税务总局公告2023年第6号"]);
    expect([slpe("2025.1.0").validTo, slpe("2025.1.0").source.number]).toEqual(["2027-12-31", "财政部 税务总局公告2023年第12号"]);
  });
});

describe("canonical hash (RFC 8785 + SHA-256)", () => {
  it("hashes the canonical form: key order, whitespace and 1.0 vs 1 do not matter", async () => {
    // sha256 of the canonical text {"a":[1,"x"],"b":1}, computed with sha256sum
    const want = "sha256:a88dede55f330dbae7d6c99cb78c43213f114625ed11c8fd0b769d117c06bb50";
    expect(canonicalHash({ b: 1, a: [1.0, "x"] })).toBe(want);
    expect(canonicalHash(JSON.parse('{ "a" : [ 1.0 , "x" ],\n "b": 1 }'))).toBe(want);
  });

  it("hashes the UTF-8 bytes of non-ASCII text", () => {
    // printf '{"t":"稀土"}' | sha256sum
    expect(canonicalHash({ t: "稀土" })).toBe("sha256:f03df5bba6016aa60ad15dfdd1cb1eec2cf26b8f3d0d55256a28883200d6c807");
  });

  it("changes when the rule set changes", async () => {
    expect(canonicalHash(variant("2025.1.1", "2025-01-01"))).not.toBe(canonicalHash(base));
  });
});

describe("dated parameters", () => {
  it("the LPR in force on a date (SOURCES.md §13)", () => {
    const rs = RuleSet.parse(latest);
    expect(parameterOn(rs, "lpr1y", "2025-05-19")).toEqual({ from: "2024-10-21", value: 0.031 });
    expect(parameterOn(rs, "lpr1y", "2025-05-20")).toEqual({ from: "2025-05-20", value: 0.03 });
    expect(parameterOn(rs, "lpr5y", "2024-02-20")?.value).toBe(0.0395);
    expect(parameterOn(rs, "lpr1y", "2023-06-19")).toBeUndefined();
    expect(parameterOn(rs, "nope", "2025-06-30")).toBeUndefined();
  });
});
