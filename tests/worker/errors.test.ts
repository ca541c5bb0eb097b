/**
 * Bad input inside workerd: every error is RFC 9457 problem+json with a status of
 * DESIGN.md "Errors and limits", and none is a 500.
 */
import { describe, expect, it, vi } from "vitest";
import app from "../../src/index.js";

const json = { "Content-Type": "application/json" };
const post = (body: string, headers: Record<string, string> = json) =>
  app.request("/v1/match", { method: "POST", headers, body });

async function problemOf(res: Response) {
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const body = (await res.json()) as { status: number; type: string; detail: string; requestId: string; errors?: { pointer: string; message: string }[] };
  expect(body.status).toBe(res.status);
  expect(body.requestId).toBe(res.headers.get("X-Request-Id"));
  return body;
}

describe("bad input", () => {
  it("invalid fields → 400 with a pointer and an actionable message per field", async () => {
    const res = await post(JSON.stringify({
      profile: {
        creditCode: "91350100M000100Y4Z",
        employees: -1,
        finacials: [],
        talents: [{ tier: "national", equityShare: 30 }],
        financials: [{ year: 2024, revenue: "500万", rdExpense: 1 }],
        registrationDate: "2023-02-29",
      },
    }));
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    const byPointer = Object.fromEntries(p.errors!.map((e) => [e.pointer, e.message]));
    expect(byPointer["/profile/creditCode"]).toContain('should be "3"');
    expect(byPointer["/profile/employees"]).toMatch(/negative/);
    expect(byPointer["/profile/finacials"]).toMatch(/unknown field "finacials"/);
    expect(byPointer["/profile/talents/0/equityShare"]).toMatch(/did you mean 0.3\?/);
    expect(byPointer["/profile/financials/0/revenue"]).toMatch(/JSON number/);
    expect(byPointer["/profile/registrationDate"]).toMatch(/YYYY-MM-DD/);
  });

  it("a missing profile → 400 pointing at /profile", async () => {
    const p = await problemOf(await post("{}"));
    expect(p.status).toBe(400);
    expect(p.errors!.map((e) => e.pointer)).toContain("/profile");
  });

  it("RFC 6901 escaping of ~ and / in an unknown key", async () => {
    const p = await problemOf(await post(JSON.stringify({ profile: { "a/b~c": 1 } })));
    expect(p.errors!.map((e) => e.pointer)).toContain("/profile/a~1b~0c");
  });

  it("malformed JSON → 400", async () => {
    const res = await post("{bad");
    expect(res.status).toBe(400);
    expect((await problemOf(res)).type).toBe("/problems/malformed-json");
  });

  it("a non-JSON content type → 415", async () => {
    const res = await post("{}", { "Content-Type": "text/plain" });
    expect(res.status).toBe(415);
    await problemOf(res);
  });

  it("a body over 64 KiB → 413", async () => {
    const res = await post(JSON.stringify({ profile: { name: "x".repeat(70 * 1024) } }));
    expect(res.status).toBe(413);
    await problemOf(res);
  });

  it("a body of the wrong shape is told what shape to send", async () => {
    const errors = async (path: string, body: string) => (await problemOf(await app.request(path, { method: "POST", headers: json, body }))).errors;
    for (const body of ["[]", "null", '"x"']) {
      expect(await errors("/v1/match", body)).toEqual([{ pointer: "", message: expect.stringMatching(/^the body must be a JSON object: \{ "profile"/) }]);
      expect(await errors("/v1/match/batch", body)).toEqual([{ pointer: "", message: expect.stringMatching(/^the body must be a JSON object: \{ "profiles"/) }]);
    }
    expect(await errors("/v1/match/batch", '{"profiles":{}}')).toEqual([{ pointer: "/profiles", message: "profiles must be a list (JSON array) of profiles" }]);
    expect(await errors("/v1/match", '{"profile":{},"version":3}')).toEqual([{ pointer: "/version", message: 'version must be text YYYY.N.P, e.g. "2025.1.0"' }]);
  });

  it("a declared Content-Length over 64 KiB → 413 before the body is read", async () => {
    // a body that never ends: answered only if the limit is judged on the header alone
    const endless = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const res = await app.request("/v1/match", { method: "POST", headers: { ...json, "Content-Length": String(70 * 1024) }, body: endless });
    expect(res.status).toBe(413);
    expect((await problemOf(res)).detail).toMatch(/64 KiB/);
  });

  it("a body with a declared Content-Length within the limit is read once and matched", async () => {
    const body = JSON.stringify({ profile: {}, asOf: "2025-06-30" });
    const res = await app.request("/v1/match", { method: "POST", headers: { ...json, "Content-Length": String(new TextEncoder().encode(body).length) }, body });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { asOf: string }).asOf).toBe("2025-06-30");
  });

  it("a chunked body (no Content-Length) is counted as it streams: over 64 KiB → 413", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => { if (sent++ < 5) c.enqueue(chunk); else c.close(); } });
    const res = await app.request("/v1/match", { method: "POST", headers: json, body: stream });
    expect(res.status).toBe(413);
  });

  it("a body of exactly 64 KiB is read (and judged on its fields)", async () => {
    const head = JSON.stringify({ profile: {}, pad: "" });
    const body = head.replace('"pad":""', `"pad":"${"x".repeat(64 * 1024 - head.length)}"`);
    expect(body.length).toBe(64 * 1024);
    const res = await post(body);
    expect(res.status).toBe(400); // unknown field "pad", not 413
  });

  it("an unknown version → 404", async () => {
    const res = await post(JSON.stringify({ profile: {}, version: "2030.1.0" }));
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toContain("2025.1.0");
  });

  it("a date before any version is in force → 404", async () => {
    const res = await post(JSON.stringify({ profile: {}, asOf: "2020-01-01" }));
    expect(res.status).toBe(404);
    expect((await problemOf(res)).detail).toContain("2023-04-17");
  });

  it("an unknown route → 404 problem", async () => {
    const res = await app.request("/v2/nothing");
    expect(res.status).toBe(404);
    await problemOf(res);
  });

  it.each([
    ["null body", "null"],
    ["array body", "[]"],
    ["string body", '"x"'],
    ["profile as array", '{"profile":[]}'],
    ["huge numbers", JSON.stringify({ profile: { financials: [{ year: 2024, revenue: 1e308, rdExpense: 1e308, taxableIncome: -1e308 }] } })],
    ["NaN-like text", '{"profile":{"employees":NaN}}'],
    ["deep nesting", '{"profile":' + "[".repeat(5000) + "]".repeat(5000) + "}"],
    ["wrong types everywhere", JSON.stringify({ profile: { flags: { icEnterprise: "yes" }, certifications: "hnte", project: { stage: "done" } }, asOf: "tomorrow", version: 1 })],
  ])("%s never gives a 500", async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBeGreaterThanOrEqual(200);
  });
});

describe("other routes", () => {
  it("GET /healthz", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("GET /v1/rulesets lists the bundled versions with effectiveFrom and hash", async () => {
    const res = await app.request("/v1/rulesets");
    const body = (await res.json()) as { rulesets: { id: string; versions: { version: string; effectiveFrom: string; hash: string }[] }[] };
    const baotou = body.rulesets.find((r) => r.id === "baotou-rare-earth-hi-tech-zone")!;
    expect(baotou.versions.map(({ version, effectiveFrom }) => ({ version, effectiveFrom }))).toEqual([
      { version: "2023.1.0", effectiveFrom: "2023-04-17" },
      { version: "2025.1.0", effectiveFrom: "2025-01-01" },
      { version: "2025.2.0", effectiveFrom: "2025-05-20" },
    ]);
    for (const v of baotou.versions) expect(v.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("input a person could not have meant", () => {
  const profileErrors = async (profile: unknown, asOf = "2025-06-30") => {
    const res = await post(JSON.stringify({ profile, asOf }));
    expect(res.status).toBe(400);
    return Object.fromEntries((await problemOf(res)).errors!.map((e) => [e.pointer, e.message]));
  };

  it("a broken character (lone surrogate) → 400 at its field, not a 500", async () => {
    const res = await post('{"asOf":"2025-06-30","profile":{"name":"\\ud800","sectorTags":["rare-earth","\\udfff"]}}');
    expect(res.status).toBe(400);
    const pointers = (await problemOf(res)).errors!.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/profile/name", "/profile/sectorTags/1"]));
  });

  it("an unknown certificate type is refused, with the spelling it probably meant", async () => {
    const e = await profileErrors({ certifications: [{ type: "HNTE", issuedOn: "2024-01-10" }] });
    expect(e["/profile/certifications/0/type"]).toMatch(/did you mean "hnte"/);
  });

  it("a fiscal year not yet ended, a registration or certificate after asOf → 400 with pointers", async () => {
    const e = await profileErrors({
      registrationDate: "2025-07-01",
      financials: [{ year: 2024, revenue: 1, rdExpense: 0 }, { year: 2025, revenue: 1, rdExpense: 0 }],
      certifications: [{ type: "hnte", issuedOn: "2025-07-01" }],
    });
    expect(Object.keys(e).sort()).toEqual(["/profile/certifications/0/issuedOn", "/profile/financials/1/year", "/profile/registrationDate"]);
    expect(e["/profile/financials/1/year"]).toMatch(/has not ended/);
  });

  it("schema errors and date errors come in one answer: nothing is held back for a second round", async () => {
    const e = await profileErrors({
      employees: -1,
      registrationDate: "2025-07-01",
      financials: [{ year: 2025, revenue: "500万", rdExpense: 0 }],
      certifications: [{ type: "hnte", issuedOn: "2025-08-01", validUntil: "2025-07-01" }],
    });
    expect(Object.keys(e).sort()).toEqual([
      "/profile/certifications/0/issuedOn", "/profile/certifications/0/validUntil", "/profile/employees",
      "/profile/financials/0/revenue", "/profile/financials/0/year", "/profile/registrationDate",
    ]);
    expect(e["/profile/registrationDate"]).toMatch(/after the evaluation date 2025-06-30/);
    expect(e["/profile/financials/0/year"]).toMatch(/has not ended/);
    expect(e["/profile/certifications/0/issuedOn"]).toMatch(/issued on 2025-08-01, after the evaluation date/);
  });

  it("without asOf the date problems are those of today (Asia/Shanghai); with an invalid asOf only asOf is reported", async () => {
    const today = await problemOf(await post(JSON.stringify({ profile: { employees: -1, registrationDate: "2099-01-01" } })));
    expect(today.errors!.map((x) => x.pointer).sort()).toEqual(["/profile/employees", "/profile/registrationDate"]);
    const badDate = await problemOf(await post(JSON.stringify({ asOf: "2025-13-01", profile: { employees: -1, registrationDate: "2099-01-01" } })));
    expect(badDate.errors!.map((x) => x.pointer).sort()).toEqual(["/asOf", "/profile/employees"]);
  });

  it("a batch profile gets its schema and date errors together", async () => {
    const res = await app.request("/v1/match/batch", { method: "POST", headers: json, body: JSON.stringify({ asOf: "2025-06-30", profiles: [{ employees: -1, registrationDate: "2025-07-01" }] }) });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { ok: boolean; problem: { errors: { pointer: string }[] } }[] };
    expect(results[0]!.problem.errors.map((x) => x.pointer).sort()).toEqual(["/profiles/0/employees", "/profiles/0/registrationDate"]);
  });

  it("parts larger than their whole, expiry before issue, sub-fen money and ancient dates → 400", async () => {
    const e = await profileErrors({
      financials: [{ year: 2024, revenue: 10, rdExpense: 5, rdExpenseDomestic: 6, highTechRevenue: 11, totalRevenue: 10 }],
      certifications: [{ type: "hnte", issuedOn: "2024-01-10", validUntil: "2023-01-10" }],
      totalAssets: 1e-9,
      registrationDate: "0001-01-01",
    });
    expect(Object.keys(e).sort()).toEqual([
      "/profile/certifications/0/validUntil", "/profile/financials/0/highTechRevenue", "/profile/financials/0/rdExpenseDomestic",
      "/profile/registrationDate", "/profile/totalAssets",
    ]);
  });

  it("an HNTE certificate valid past three years from issue → 400 at its validUntil (国科发火〔2016〕32号 第九条; last day the third anniversary)", async () => {
    const ok = async (issuedOn: string, validUntil: string) => (await post(JSON.stringify({ asOf: "2025-06-30", profile: { certifications: [{ type: "hnte", issuedOn, validUntil }] } }))).status;
    expect(await ok("2022-12-01", "2025-12-01")).toBe(200); // at the line
    expect(await ok("2022-12-01", "2025-11-30")).toBe(200); // a day under
    expect(await ok("2020-02-29", "2023-02-28")).toBe(200); // issued on a leap day: the month's last day (民法典 第二百零二条)
    expect(await profileErrors({ certifications: [{ type: "hnte", issuedOn: "2022-12-01", validUntil: "2025-12-02" }] })).toEqual({
      "/profile/certifications/0/validUntil": "an HNTE certificate is valid for three years from the date of issue (国科发火〔2016〕32号 第九条): one issued on 2022-12-01 is valid until 2025-12-01 at the latest, not 2025-12-02; check the dates printed on the certificate, or leave validUntil out",
    }); // a day over
    expect(Object.keys(await profileErrors({ certifications: [{ type: "tsme", issuedOn: "2024-05-20" }, { type: "hnte", issuedOn: "2020-01-01", validUntil: "2099-01-01" }] })))
      .toEqual(["/profile/certifications/1/validUntil"]); // the user's example
    expect(Object.keys(await profileErrors({ certifications: [{ type: "hnte", issuedOn: "2020-02-29", validUntil: "2023-03-01" }] }))).toEqual(["/profile/certifications/0/validUntil"]);
  });

  it("talents whose equity shares add up to more than the whole enterprise → 400 at the share that passes 1", async () => {
    const e = await profileErrors({ talents: [{ tier: "national", equityShare: 0.9 }, { tier: "provincial", equityShare: 0.9 }], loanRequest: { amount: 1e6, termMonths: 12 } });
    expect(Object.keys(e)).toEqual(["/profile/talents/1/equityShare"]);
    expect(e["/profile/talents/1/equityShare"]).toMatch(/add up to 180 % \(1\.8\).*more than the whole enterprise/);
    // shares that reach exactly the whole (in decimal fractions that do not add exactly as doubles) are accepted
    const whole = await post(JSON.stringify({ asOf: "2025-06-30", profile: { talents: [0.1, 0.2, 0.7].map((equityShare) => ({ tier: "municipal", equityShare })) } }));
    expect(whole.status).toBe(200);
  });

  it("messages say 'required' for a missing value and name the right unit", async () => {
    const e = await profileErrors({ financials: [{ year: 2024, rdExpense: 1 }], intellectualProperty: { classI: 1 }, employees: 1e20 });
    expect(e["/profile/financials/0/revenue"]).toMatch(/^required/);
    expect(e["/profile/intellectualProperty/classII"]).toMatch(/^required: number of Class II IP items/);
    expect(e["/profile/employees"]).toMatch(/implausibly large/);
    const once = await problemOf(await post(JSON.stringify({ profile: { employees: 1e20 } })));
    expect(once.errors!.filter((x) => x.pointer === "/profile/employees")).toHaveLength(1);
    const missing = await problemOf(await post("{}"));
    expect(missing.errors![0]!.message).toMatch(/^required: the enterprise profile/);
  });

  it("a compressed body or a charset other than UTF-8 → 415", async () => {
    expect((await post("{}", { ...json, "Content-Encoding": "gzip" })).status).toBe(415);
    expect((await post("{}", { "Content-Type": "application/json; charset=iso-8859-1" })).status).toBe(415);
    expect((await post('{"profile":{}}', { "Content-Type": "application/json; charset=UTF-8" })).status).toBe(200);
  });

  it("white space around the Content-Type's ';' (RFC 9110 OWS) is read as the same type", async () => {
    expect((await post('{"profile":{}}', { "Content-Type": "application/json ; charset=utf-8" })).status).toBe(200);
    expect((await post('{"profile":{}}', { "Content-Type": "application/json;" })).status).toBe(200);
    expect((await post('{"profile":{}}', { "Content-Type": "application/json ; charset=iso-8859-1" })).status).toBe(415);
  });

  it("a body that is not valid UTF-8 → 415, not a silent U+FFFD", async () => {
    const bytes = new TextEncoder().encode('{"asOf":"2025-06-30","profile":{"name":"caf_"}}');
    bytes[bytes.indexOf(0x5f)] = 0xe9; // a lone Latin-1 é
    const res = await app.request("/v1/match", { method: "POST", headers: json, body: bytes });
    expect(res.status).toBe(415);
    expect((await problemOf(res)).detail).toMatch(/UTF-8/);
    const batch = await app.request("/v1/match/batch", { method: "POST", headers: json, body: bytes });
    expect(batch.status).toBe(415);
    // the same with a declared Content-Length (the body is then read in one piece)
    const declared = await app.request("/v1/match", { method: "POST", headers: { ...json, "Content-Length": String(bytes.length) }, body: bytes });
    expect(declared.status).toBe(415);
  });

  it("a wrong method on a known route → 405 with Allow", async () => {
    const res = await app.request("/v1/match", { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
    await problemOf(res);
  });

  it("thousands of unknown fields → at most 50 listed, and a count of the rest", async () => {
    const profile = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`x${i}`, 1]));
    const e = await problemOf(await post(JSON.stringify({ profile })));
    expect(e.errors).toHaveLength(51);
    expect(e.errors!.at(-1)!.message).toMatch(/^2950 more errors/);
  });
});

describe("X-Request-Id", () => {
  const idOf = async (sent: string) => {
    const res = await app.request("/v1/match", { method: "POST", headers: { ...json, "X-Request-Id": sent }, body: "{bad" });
    const header = res.headers.get("X-Request-Id");
    expect((await problemOf(res)).requestId).toBe(header);
    return header;
  };
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it("a client's id of up to 64 characters of [A-Za-z0-9._-] is kept as sent", async () => {
    for (const sent of ["abc", "trace.2025-06-30_x", "A".repeat(64), "0.1-_"]) expect(await idOf(sent)).toBe(sent);
  });

  it("any other id is replaced by a new one", async () => {
    for (const sent of ["A".repeat(65), "a=b", "a b", "<script>", "a/b", "id\u00e9", "a;b", "a:b"]) {
      const got = await idOf(sent);
      expect(got, sent).not.toBe(sent);
      expect(got, sent).toMatch(UUID);
    }
  });

  it("without one, a new one (a UUID) is made", async () => {
    const res = await app.request("/healthz");
    expect(res.headers.get("X-Request-Id")).toMatch(UUID);
  });
});

describe("what workerd lets through of the requests wrangler dev's proxy and workerd refuse (docs/operations.md)", () => {
  /** A body that breaks off after its first bytes, as when the client goes away mid-body. */
  const brokenOff = () => new ReadableStream<Uint8Array>({
    start: (c) => { c.enqueue(new TextEncoder().encode('{"profile":{')); c.error(new Error("Network connection lost.")); },
  });

  it("a body that breaks off (shorter than its Content-Length, or chunked) → 400 incomplete-body, never an unexpected 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const headers of [{ ...json, "Content-Length": "100" }, json]) {
      const res = await app.request("/v1/match", { method: "POST", headers, body: brokenOff() });
      expect(res.status).toBe(400);
      expect((await problemOf(res)).type).toBe("/problems/incomplete-body");
    }
    const form = await app.request("/match", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" }, body: brokenOff() });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain("提交内容不完整");
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("a gzip-compressed body sent as Transfer-Encoding: gzip, chunked → 415, not misread", async () => {
    const gzipped = new Uint8Array(await new Response(new Blob(['{"profile":{}}']).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
    const res = await app.request("/v1/match", { method: "POST", headers: { ...json, "Transfer-Encoding": "gzip, chunked" }, body: gzipped });
    expect(res.status).toBe(415);
    await problemOf(res);
  });

  it("a Content-Length that is not a number is not taken for a size: the body is read and judged", async () => {
    const body = '{"profile":{},"asOf":"2025-06-30"}';
    const res = await app.request("/v1/match", { method: "POST", headers: { ...json, "Content-Length": "abc" }, body });
    expect(res.status).toBe(200);
  });
});
