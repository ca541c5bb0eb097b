/**
 * Rule sets that explode or crash (issue 12), as reproduced against `npm start`, inside
 * workerd with D1: a doubling chain of named conditions, conditions nested 1,500 deep, and
 * prototype keys — each refused with problem+json or a lint report, never a 500 — and the hash
 * of a published version, which is the hash of exactly what was stored and is returned.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { inlined } from "../support/drafts.js";
import { OFFICERS } from "../support/officers.js";
import { ID, passingCase, staff, storeRow, testApp } from "../support/review.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
const app = testApp();
const TOKEN = OFFICERS.legacy.token;
const s = staff((path, init) => app.request(path, init, env));
/** The latest bundled version renumbered, its named conditions written out where used (the tests set their own). */
const version = (v: string, effectiveFrom: string): any => ({ ...inlined(BUNDLED_FILES.at(-1)), version: v, effectiveFrom });
const send = (method: "POST" | "PUT", path: string, body: string, token?: string) =>
  app.request(path, { method, headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body }, env);
const validate = (body: string) => send("POST", "/v1/rulesets/validate", body);
/** A publication sent straight to `PUT …/versions/{v}` (refused before review looks at it, or after review). */
const publishDirect = (v: string, body: string) => send("PUT", `/v1/rulesets/${ID}/versions/${v}`, body, TOKEN);
/** The rule set (JSON text, sent as written) saved as a draft with a passing case, then proposed: the propose's answer (or the save's, when refused). */
async function propose(v: string, ruleset: string, effectiveFrom: string): Promise<Response> {
  const saved = await send("PUT", `/v1/rulesets/${ID}/drafts/${v}`, `{"ruleset":${ruleset},"cases":[${JSON.stringify(passingCase(effectiveFrom))}]}`, OFFICERS.author.token);
  return saved.status >= 300 ? saved : s.step("author", v, "propose");
}
const stored = async (v: string) => (await env.DB.prepare("SELECT COUNT(*) AS n FROM ruleset_versions WHERE version = ?").bind(v).first<{ n: number }>())!.n;

/** A version whose measure "chain" uses c22 of a doubling chain: c_k stands for 3 × 2^k − 1 conditions written out. */
function doublingChain(v: string, effectiveFrom: string): any {
  const r = version(v, effectiveFrom);
  r.conditions = { c0: { all: [{ fact: "employees", operator: "greaterThanInclusive", value: 10, clause: "test" }] } };
  for (let i = 1; i <= 22; i++) r.conditions[`c${i}`] = { all: [{ condition: `c${i - 1}` }, { condition: `c${i - 1}` }] };
  const award = r.measures.find((m: any) => m.id === "tsme-database-award");
  // a national source: a measure issued by a local body needs a zone condition (local-measure-without-zone)
  const national = r.measures.find((m: any) => m.id === "tsme-evaluation").source;
  r.measures.push({ ...award, source: national, id: "chain", conditions: { all: [{ condition: "c22" }] } });
  return r;
}

describe("exponential expansion: a doubling chain of 22 named conditions", () => {
  it("proposing it is refused (422) where the chain first passes 1,000 conditions (c9: 1,535); nothing is stored", async () => {
    const res = await propose("2098.1.0", JSON.stringify(doublingChain("2098.1.0", "2098-01-01")), "2098-01-01");
    expect(res.status).toBe(422);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(p.errors).toEqual([{ pointer: "/ruleset/conditions/c9", message: expect.stringMatching(/1,535 conditions .*at most 1,000/) }]);
    expect(await stored("2098.1.0")).toBe(0);
  });

  it("one stored before the limit existed: an anonymous match on it answers, and the service goes on answering", async () => {
    // stored as a publish did before lint measured conditions written out (no lint on this path)
    const r = doublingChain("2099.1.0", "2099-01-01");
    await storeRow(env.DB, r);
    const res = await send("POST", "/v1/match", JSON.stringify({ profile: {}, asOf: "2099-01-01" }));
    expect(res.status).toBe(200);
    const result = (await res.json()) as { ruleset: { version: string }; measures: any[] };
    expect(result.ruleset.version).toBe("2099.1.0");
    const chain = result.measures.find((m) => m.id === "chain");
    expect(chain).toMatchObject({ status: "undetermined", missingFacts: ["employees"] });
    expect(chain.conditions.map((c: any) => c.fact)).toEqual(["employees"]);
    const eligible = await send("POST", "/v1/match?explain=none", JSON.stringify({ profile: { employees: 12 }, asOf: "2099-01-01" }));
    expect(((await eligible.json()) as { measures: any[] }).measures.find((m) => m.id === "chain")).toMatchObject({ status: "eligible", amount: { value: 50_000 } });
    expect((await app.request("/healthz", {}, env)).status).toBe(200);
  });
});

describe("deep nesting: a condition nested 1,500 deep (about 11 KB)", () => {
  const condition = () => {
    let c: any = { fact: "employees", operator: "greaterThan", value: 1, clause: "test" };
    for (let i = 0; i < 1500; i++) c = { not: c };
    return c;
  };
  const deep = () => {
    const r = version("2097.1.0", "2097-01-01");
    r.measures[0].conditions = { all: [condition()] };
    return JSON.stringify(r);
  };
  const where = "/measures/0/conditions/all/0" + "/not".repeat(123); // the first object past 128 levels

  const refused = async (res: Response) => {
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as { type: string; detail: string; errors: { pointer: string }[] };
    expect(p.type).toBe("/problems/nesting-too-deep");
    expect(p.detail).toMatch(/1,506 levels deep; at most 128/);
    return p;
  };

  it("POST /v1/rulesets/validate (no token): 400 problem+json pointing where it passes 128 levels", async () => {
    expect(JSON.stringify(condition()).length).toBeLessThan(13_000);
    expect((await refused(await validate(deep()))).errors.map((e) => e.pointer)).toEqual([where]);
  });

  it("the same body as an authorised publish: 400, nothing stored; as a draft: 400, at the same place under /ruleset", async () => {
    await refused(await publishDirect("2097.1.0", deep()));
    expect(await stored("2097.1.0")).toBe(0);
    const draft = await send("PUT", `/v1/rulesets/${ID}/drafts/2097.1.0`, `{"ruleset":${deep()}}`, OFFICERS.author.token);
    expect(draft.status).toBe(400);
    expect(((await draft.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/ruleset" + where.replace(/\/not$/, "")]);
  });

  it("nesting within 128 levels but past lint's 32 for conditions: the report (validate) and a 422 (propose) point at the measure", async () => {
    const r = version("2097.2.0", "2097-02-01");
    let c: any = { fact: "employees", operator: "greaterThan", value: 1, clause: "test" };
    for (let i = 0; i < 40; i++) c = { not: c };
    r.measures[0].conditions = { all: [c] };
    const report = (await (await validate(JSON.stringify(r))).json()) as { ok: boolean; errors: { pointer: string; rule: string }[] };
    expect([report.ok, report.errors.map((e) => [e.rule, e.pointer])]).toEqual([false, [["condition-too-deep", "/measures/0/conditions"]]]);
    const res = await propose("2097.2.0", JSON.stringify(r), "2097-02-01");
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/ruleset/measures/0/conditions"]);
  });

  it("a match or a batch nested deeper than 128 levels: 400 before any schema reads it", async () => {
    const nested = (n: number) => "[".repeat(n) + "]".repeat(n);
    const match = await send("POST", "/v1/match", `{"profile":{"sectorTags":${nested(20_000)}},"asOf":"2025-06-30"}`);
    expect((await refused2(match)).errors.map((e) => e.pointer)).toEqual(["/profile/sectorTags" + "/0".repeat(126)]);
    const batch = await send("POST", "/v1/match/batch", `{"profiles":[{}, {"financials":${nested(20_000)}}]}`);
    expect((await refused2(batch)).errors.map((e) => e.pointer)).toEqual(["/profiles/1/financials" + "/0".repeat(125)]);
  });
  const refused2 = async (res: Response) => {
    expect(res.status).toBe(400);
    const p = (await res.json()) as { type: string; errors: { pointer: string }[] };
    expect(p.type).toBe("/problems/nesting-too-deep");
    return p;
  };
});

describe("absurd amounts: a fixed amount of 1e308", () => {
  const absurd = (v: string, effectiveFrom: string) => {
    const r = version(v, effectiveFrom);
    const award = r.measures.find((m: any) => m.id === "tsme-database-award");
    const national = r.measures.find((m: any) => m.id === "tsme-evaluation").source; // a local source would need a zone condition
    r.measures.push({ ...award, source: national, id: "absurd", conditions: { all: [{ fact: "employees", operator: "greaterThanInclusive", value: 1, clause: "test" }] }, amount: { type: "fixed", kind: "payment", value: 1e308 } });
    return r;
  };

  it("proposing it is refused (422) at the amount; nothing is stored", async () => {
    const res = await propose("2094.1.0", JSON.stringify(absurd("2094.1.0", "2094-01-01")), "2094-01-01");
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(p.errors).toEqual([{ pointer: `/ruleset/measures/${version("x", "x").measures.length}/amount/value`, message: expect.stringMatching(/^1e\+308 is past the money limit of ±10\^13/) }]);
    expect(await stored("2094.1.0")).toBe(0);
  });

  it("one stored before the limit existed: eligible, amount withheld with its reason, totals a number (were null)", async () => {
    const r = absurd("2093.1.0", "2093-01-01");
    await storeRow(env.DB, r);
    for (const explain of ["full", "none"]) {
      const res = await send("POST", `/v1/match?explain=${explain}`, JSON.stringify({ profile: { employees: 5 }, asOf: "2093-06-30", version: "2093.1.0" }));
      expect(res.status).toBe(200);
      const result = (await res.json()) as { measures: any[]; totals: Record<string, unknown> };
      expect(result.measures.find((m) => m.id === "absurd")).toMatchObject({ status: "eligible", amount: null, amountWithheld: { en: expect.stringMatching(/passes the money limit of 10\^13 yuan/) } });
      expect(Object.values(result.totals).every((t) => typeof t === "number" && Number.isFinite(t))).toBe(true);
    }
  });

  it("the bundled interest subsidy on a loan of 10^13 for 600 months (14 × 10^12 to pay): withheld, not a number past the limit", async () => {
    const profile = { zone: ID, sectorTags: ["rare-earth"], loanRequest: { amount: 10_000_000_000_000, termMonths: 600 } };
    const res = await send("POST", "/v1/match", JSON.stringify({ profile, asOf: "2025-06-30" }));
    const m = ((await res.json()) as { measures: any[] }).measures.find((x) => x.id === "working-capital-loan-interest-subsidy");
    expect(m).toMatchObject({ status: "eligible", amount: null, amountWithheld: expect.any(Object) });
  });
});

describe("prototype keys", () => {
  const withProto = () => JSON.stringify(version("2096.1.0", "2096-01-01")).replace('"measures":', '"__proto__":{"x":1},"measures":');

  it("validate: not ok, the key pointed at (it said ok, the key dropped)", async () => {
    const report = (await (await validate(withProto())).json()) as { ok: boolean; errors: { pointer: string; rule: string }[] };
    expect([report.ok, report.errors.map((e) => [e.rule, e.pointer])]).toEqual([false, [["prototype-key", "/__proto__"]]]);
  });

  it("propose: 422 with the pointer (the draft keeps the key as sent), nothing stored", async () => {
    const res = await propose("2096.1.0", withProto(), "2096-01-01");
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(["/ruleset/__proto__"]);
    expect(await stored("2096.1.0")).toBe(0);
  });
});

describe("the hash of a published version", () => {
  it("is the hash of the JSON sent, of the row stored, and of the version GET returns", async () => {
    const sent = JSON.stringify({ effectiveFrom: "2095-01-01", ...version("2095.1.0", "2095-01-01"), changelog: [{ "zh-CN": "测试 \u2028", en: "test ½" }] });
    await s.approve(JSON.parse(sent));
    const res = await publishDirect("2095.1.0", sent);
    expect(res.status).toBe(201);
    const { hash } = (await res.json()) as { hash: string };
    expect(hash).toBe(canonicalHash(JSON.parse(sent)));
    const row = (await env.DB.prepare("SELECT hash, body FROM ruleset_versions WHERE version = '2095.1.0'").first<{ hash: string; body: string }>())!;
    expect([row.hash, canonicalHash(JSON.parse(row.body))]).toEqual([hash, hash]);
    const back = (await (await app.request(`/v1/rulesets/${ID}/versions/2095.1.0`, {}, env)).json()) as { hash: string; ruleset: unknown };
    expect([back.hash, canonicalHash(back.ruleset)]).toEqual([hash, hash]);
  });
});
