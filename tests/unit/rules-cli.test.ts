/**
 * The rule authors' commands (`npm run rules:check`, `rules:test`, `rules:diff`): in-process
 * on this repository and on scratch repositories, and once each as a person runs them (tsx) for
 * the exit codes.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { rulesCheck } from "../../src/cli/rules/check.js";
import { rulesDiff } from "../../src/cli/rules/diff.js";
import type { CliIO } from "../../src/cli/rules/io.js";
import { rulesTest } from "../../src/cli/rules/test.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { CASES } from "../support/cases.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const ROOT = process.cwd();
const ID = "baotou-rare-earth-hi-tech-zone";

/** Runs a command in-process; resolves with its exit code and what it wrote. */
async function run(main: (args: string[], io: CliIO) => Promise<number>, args: string[], root = ROOT) {
  const out: string[] = [], err: string[] = [];
  const code = await main(args, { root, out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-11-29" });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A scratch repository: the bundled rule files, the fixture profiles and cases, and the files given. */
const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function scratch(files: Record<string, unknown> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "rules-cli-"));
  scratches.push(root);
  cpSync(join(ROOT, "rules"), join(root, "rules"), { recursive: true });
  cpSync(join(ROOT, "fixtures"), join(root, "fixtures"), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return root;
}
const latest = (): any => structuredClone(BUNDLED_FILES[2]);

describe("rules:check", () => {
  it("the bundled rule files: no error, no warning, exit 0", async () => {
    const r = await run(rulesCheck, []);
    expect(r).toEqual({ code: 0, stdout: "checked 3 files: 0 errors, 0 warnings", stderr: "" });
  });

  it("errors with file and JSON pointer, warnings apart; exit 1", async () => {
    const draft = latest();
    draft.version = "2026.1.0";
    draft.effectiveFrom = "2026-01-01";
    draft.measures[0].conditions.all[0].fact = "enterpriseAgeDay";
    draft.measures[0].priority = 0;
    delete draft.measures[3].conditions.all[1].clause;
    const root = scratch({ [`rules/${ID}/2026.1.0.json`]: draft });
    const r = await run(rulesCheck, [], root);
    expect(r.code).toBe(1);
    const [errors, warnings] = r.stdout.split("warnings:\n");
    expect(errors).toContain(`errors:\n  rules/${ID}/2026.1.0.json /measures/0/conditions/all/0/fact: unknown fact "enterpriseAgeDay"`);
    expect(errors).toContain('did you mean "enterpriseAgeDays"? [unknown-fact]');
    expect(errors).toContain(`rules/${ID}/2026.1.0.json /measures/0/priority: "priority": 0`);
    expect(warnings).toContain(`rules/${ID}/2026.1.0.json /measures/3/conditions/all/1: a threshold on "employees" without "clause"`);
    expect(warnings).toContain(`rules/${ID}/2026.1.0.json /: src/ruleset/bundled.ts does not import ${ID} 2026.1.0`);
    expect(warnings).toContain(`rules/${ID}/2026.1.0.json /version: no case tests ${ID} 2026.1.0`);
    expect(r.stdout).toMatch(/checked 4 files: 2 errors, 3 warnings$/);
  });

  it("checks the files given against the others: a copy under the same number is a duplicate; --json", async () => {
    const root = scratch({ "drafts/copy.json": latest() });
    const r = await run(rulesCheck, ["drafts/copy.json", "--json"], root);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([{ file: "drafts/copy.json", ok: false, errors: [expect.objectContaining({ pointer: "/version", rule: "duplicate-version" })], warnings: [] }]);
  });

  it("a measure without cases is a warning; cases beside the rule files count", async () => {
    const draft = latest();
    draft.version = "2026.1.0";
    draft.effectiveFrom = "2026-01-01";
    draft.measures.push({ ...draft.measures[7], id: "new-award" });
    const file = `rules/${ID}/2026.1.0.json`;
    const without = await run(rulesCheck, [file], scratch({ [file]: draft }));
    expect([without.code, without.stdout]).toEqual([0, expect.stringContaining(`${file} /measures/19/id: no case tests "new-award"`)]);
    const c = { name: "n", profile: {}, asOf: "2026-06-30", expect: { "new-award": { status: "ineligible" } }, arithmetic: "none" };
    const beside = await run(rulesCheck, [file], scratch({ [file]: draft, [`rules/${ID}/cases/new-award/x.json`]: c }));
    expect(beside.stdout).not.toContain("no case tests");
  });

  it("a file nested 1,500 deep, a doubling chain of named conditions, a __proto__ key: each an error with its pointer (exit 1), no crash", async () => {
    const draft = (version: string) => ({ ...latest(), version, effectiveFrom: `${version.slice(0, 4)}-0${version[5]}-01` });
    let c: any = { fact: "employees", operator: "equal", value: 1 };
    for (let i = 0; i < 1500; i++) c = { not: c };
    const deep = draft("2026.2.0");
    deep.measures[0].conditions = { all: [c] };
    const chain = draft("2026.3.0");
    chain.conditions = { ...chain.conditions, c0: { all: [{ fact: "employees", operator: "equal", value: 1 }, { fact: "techStaff", operator: "equal", value: 1 }] } };
    for (let i = 1; i <= 22; i++) chain.conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
    chain.measures[0].conditions = { all: [{ condition: "c22" }] };
    const proto = JSON.stringify(draft("2026.4.0")).replace('"measures":', '"__proto__":{"x":1},"measures":');
    const root = scratch({ "drafts/deep.json": deep, "drafts/chain.json": chain, "drafts/proto.json": proto });
    const r = await run(rulesCheck, ["drafts/deep.json", "drafts/chain.json", "drafts/proto.json"], root);
    expect(r.code).toBe(1);
    const errors = r.stdout.split("warnings:\n")[0]!.split("\n").filter((l) => l.startsWith("  "));
    expect(errors).toEqual([
      `  drafts/deep.json /measures/0/conditions/all/0${"/not".repeat(123)}: arrays and objects nest 1,506 levels deep here; a rule set may nest at most 128 (its conditions at most 32 levels of all/any/not: docs/rules.md "Limits") [nesting-too-deep]`,
      expect.stringMatching(/^ {2}drafts\/chain\.json \/conditions\/c8: the named condition "c8" stands for 1,023 conditions .* \[condition-too-large\]$/),
      expect.stringMatching(/^ {2}drafts\/proto\.json \/__proto__: the key "__proto__" .* \[prototype-key\]$/),
    ]);
  });

  it("a version no case tests is a warning (an error with --require-cases); a case dated in its period answers it", async () => {
    const draft = latest();
    draft.version = "2026.1.0";
    draft.effectiveFrom = "2026-01-01";
    const file = `rules/${ID}/2026.1.0.json`;
    const root = scratch({ [file]: draft });
    const [warned, required] = [await run(rulesCheck, [file], root), await run(rulesCheck, [file, "--require-cases"], root)];
    expect([warned.code, warned.stdout]).toEqual([0, expect.stringMatching(/warnings:\n.*\/version: no case tests baotou-rare-earth-hi-tech-zone 2026\.1\.0: .*\[version-without-cases\]/)]);
    expect([required.code, required.stdout]).toEqual([1, expect.stringMatching(/^errors:\n.*\[version-without-cases\]/)]);
    const c = { name: "n", profileRef: "fixtures/profiles/ndfeb-magnet-maker-hnte-ready.json", asOf: "2026-03-31", expect: { "rd-post-subsidy": { status: "eligible" } }, arithmetic: "none" };
    const tested = await run(rulesCheck, [file, "--require-cases"], scratch({ [file]: draft, [`rules/${ID}/cases/2026/x.json`]: c }));
    expect(tested.code, tested.stdout).toBe(0);
    expect(tested.stdout).not.toContain("version-without-cases");
  });

  it("a file that is not JSON: an error with line and column (exit 1); an unreadable file: exit 2", async () => {
    const root = scratch({ "drafts/broken.json": '{\n  "id": "x",\n  "version": 2025.1.0\n}' });
    const broken = await run(rulesCheck, ["drafts/broken.json"], root);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/drafts\/broken\.json \/: not JSON: .*\(line 3, column \d+\) \[json-syntax\]/);
    const missing = await run(rulesCheck, ["drafts/nope.json"], root);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/^drafts\/nope\.json: cannot read/)]);
    expect((await run(rulesCheck, ["--verbose"])).code).toBe(2);
  });
});

describe("rules:test", () => {
  it("runs every case and passes; exit 0", { timeout: 30_000 }, async () => {
    const r = await run(rulesTest, []);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`\\n${CASES.length} cases: ${CASES.length} passed, 0 failed$`));
    expect(r.stdout).toContain("✓ fixtures/cases/versions/lpr-2025-05-20-resolves-2025.2.0.json — ");
  });

  it("selects cases by path", async () => {
    const r = await run(rulesTest, ["fixtures/cases/versions/"]);
    expect(r.stdout).toMatch(/\n9 cases: 9 passed, 0 failed$/);
  });

  it("reports a failing case beside the rule files with the differences and the deciding conditions; exit 1", async () => {
    const failing = {
      name: "an HNTE assessment score of exactly 70 is not enough (written wrongly: expects eligible)",
      profileRef: "fixtures/profiles/servo-motor-maker-hnte-score-70.json",
      asOf: "2025-06-30",
      version: "2025.2.0",
      expect: { "hnte-recognition": { status: "eligible" }, "rd-post-subsidy": { status: "eligible", amount: 1 } },
      derived: { enterpriseAgeDays: 1 },
      arithmetic: "deliberately wrong, to see the report",
    };
    const broken = { name: "no profile", asOf: "2025-06-30", expect: {}, arithmetic: "x" };
    const root = scratch({ [`rules/${ID}/cases/demo/wrong.json`]: failing, [`rules/${ID}/cases/demo/broken.json`]: broken });
    const r = await run(rulesTest, [`rules/${ID}/cases`], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ rules/${ID}/cases/demo/broken.json — not a valid case file\n    /profile: give either "profile" or "profileRef"`);
    const report = r.stdout.slice(r.stdout.indexOf(`✗ rules/${ID}/cases/demo/wrong.json`));
    expect(report).toContain("hnte-recognition: status expected eligible, got ineligible\n      ✘ ");
    expect(report).toContain("      ✘ HNTE innovation-capability score 70 points is not above 70 points (国科发火〔2016〕32号 第十一条(七)");
    expect(report).toMatch(/rd-post-subsidy: (status expected eligible, got \w+|amount expected 1\.00, got [\d,.]+|amount expected 1\.00, got none)/);
    expect(report).toMatch(/derived\.enterpriseAgeDays: expected 1, got \d+/);
    expect(r.stdout).toMatch(/2 cases: 0 passed, 2 failed$/);
  });
});

describe("rules:diff", () => {
  it("2025.1.0 → 2025.2.0: the LPR rows, and two fixture firms' interest subsidies fall on 2025-05-20", async () => {
    const r = await run(rulesDiff, ["2025.1.0", "2025.2.0"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("parameters:\n  ~ lpr1y\n      + from 2025-05-20: 0.03\n  ~ lpr5y\n      + from 2025-05-20: 0.035");
    expect(r.stdout).toContain("measures: no change");
    expect(r.stdout).toContain("effect on 22 fixture profiles, both versions decided on 2025-05-20:");
    // 10,000,000 × 80 % × 12/12 × (3.10 % → 3.00 %) = 248,000 → 240,000
    expect(r.stdout).toContain("ndfeb-plant-project-fai-30m-equipment-10m\n    ~ working-capital-loan-interest-subsidy: 248,000.00 → 240,000.00 (interest subsidy −8,000.00)");
    expect(r.stdout).toContain("difference: interest subsidy −12,800.00");
  });

  it("2023.1.0 → 2025.1.0 --json: the SLPE relief renewed; seven firms gain it on 2025-01-01", async () => {
    const r = await run(rulesDiff, ["2023.1.0", "2025.1.0", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { diff, effect } = JSON.parse(r.stdout);
    expect(diff.measures.changed.map((m: any) => m.id)).toEqual(["tsme-evaluation", "slpe-income-tax-relief"]);
    expect(effect.asOf).toBe("2025-01-01");
    expect(effect.measures).toEqual([expect.objectContaining({ measureId: "slpe-income-tax-relief", gained: 7, lost: 0 })]);
    expect(effect.tally.gaining).toBe(7);
    expect(effect.budget.delta.taxSaving).toBeGreaterThan(0);
  });

  it("a draft file against a version: a raised threshold, and who loses", async () => {
    const draft = latest();
    draft.version = "2026.1.0";
    draft.effectiveFrom = "2026-01-01";
    const innovation = draft.measures.find((m: any) => m.id === "innovation-score-loan");
    innovation.conditions.all.find((l: any) => l.fact === "innovationPoints").value = 90;
    const root = scratch({ "drafts/2026.json": draft });
    const r = await run(rulesDiff, ["2025.2.0", "drafts/2026.json", "--json", "--as-of", "2025-06-30"], root);
    expect(r.code, r.stderr).toBe(0);
    const { diff, effect } = JSON.parse(r.stdout);
    const change = diff.measures.changed[0];
    expect(change.id).toBe("innovation-score-loan");
    expect(change.conditions.leaves).toEqual([expect.objectContaining({ change: "changed", fields: ["value"], before: expect.objectContaining({ value: 70 }), after: expect.objectContaining({ value: 90 }) })]);
    expect(effect.asOf).toBe("2025-06-30");
    expect(effect.measures[0]).toMatchObject({ measureId: "innovation-score-loan", gained: 0 });
    expect(effect.measures[0].lost).toBeGreaterThan(0);
  });

  it("exit 3 for a version that does not exist, 2 for bad arguments or an invalid file", async () => {
    expect(await run(rulesDiff, ["2025.1.0", "2019.1.0"])).toMatchObject({ code: 3, stderr: expect.stringContaining('has no version "2019.1.0" (versions: 2023.1.0, 2025.1.0, 2025.2.0)') });
    expect((await run(rulesDiff, ["2025.1.0"])).code).toBe(2);
    expect((await run(rulesDiff, ["2025.1.0", "latest"])).code).toBe(2);
    expect((await run(rulesDiff, ["2025.1.0", "2025.2.0", "--as-of", "2025-02-30"])).code).toBe(2);
    const root = scratch({ "drafts/bad.json": { id: "x" } });
    expect(await run(rulesDiff, ["2025.1.0", "drafts/bad.json"], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("not a valid rule set") });
  });
});

describe("the commands from a shell (tsx)", () => {
  const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const sh = async (script: string, args: string[], cwd = ROOT) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [TSX, join(ROOT, script), ...args], { cwd });
      return { code: 0, stdout };
    } catch (e) {
      return { code: (e as { code: number }).code, stdout: (e as { stdout: string }).stdout };
    }
  };

  it("exit codes: rules:check 0 and 1, rules:test 0, rules:diff 3", { timeout: 60_000 }, async () => {
    const broken = latest();
    broken.measures[0].conditions.all[0].operator = ">=";
    const root = scratch({ [`rules/${ID}/2025.2.0.json`]: broken });
    const [ok, bad, tests, diff] = await Promise.all([
      sh("src/cli/rules-check.ts", []),
      sh("src/cli/rules-check.ts", [], root),
      sh("src/cli/rules-test.ts", ["fixtures/cases/versions"]),
      sh("src/cli/rules-diff.ts", ["2025.1.0", "2031.1.0"]),
    ]);
    expect([ok.code, bad.code, tests.code, diff.code]).toEqual([0, 1, 0, 3]);
    expect(bad.stdout).toContain('unknown operator ">=": json-rules-engine\'s operators are');
    expect(tests.stdout).toMatch(/9 cases: 9 passed, 0 failed\n$/);
  });
});
