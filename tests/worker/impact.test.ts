/**
 * A draft's impact on a register through the staff API, inside workerd (issue 14): the synthetic
 * register generated in the Worker, the same register uploaded as JSONL and as CSV give the
 * same numbers; the downloads; what an upload refuses; who deletes a register.
 * (The numbers equal `screen --compare`: tests/unit/draft-impact.test.ts.)
 */
import { env } from "cloudflare:workers";
import { csvFormatRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { csvRecords, generateRegister, jsonlLine } from "../../src/register/generate.js";
import { draftBody, staff, testApp } from "../support/review.js";

const app = testApp();
const s = staff((path, init) => app.request(path, init, env));
const SEED = 9, COUNT = 300;
const rows = [...generateRegister({ seed: SEED, count: COUNT })];
const JSONL = rows.map(jsonlLine).join("");
const CSV = csvFormatRows([...csvRecords(rows)]) + "\n";

type Impact = { register: { name: string; rows: number }; before: { version: string }; after: { version: string }; enterprises: number; refused: number; changed: number; gaining: number; losing: number; budget: unknown; measures: { measureId: string; gained: number; lost: number; amountChanged: number; delta: unknown; firms: unknown[] }[] };
const numbers = (r: Impact) => ({ enterprises: r.enterprises, refused: r.refused, changed: r.changed, gaining: r.gaining, losing: r.losing, budget: r.budget, measures: r.measures.map(({ measureId, gained, lost, amountChanged, delta, firms }) => ({ measureId, gained, lost, amountChanged, delta, firms: firms.length })) });
const upload = (name: string, type: string, body: string, who: "author" | "reviewer" | "author2" = "author") =>
  app.request(`/v1/registers?name=${encodeURIComponent(name)}`, { method: "POST", headers: { Authorization: `Bearer test-${who === "author2" ? "author2" : who}-0123456789abcdef`, "Content-Type": type }, body }, env);

/** Draft 2026.5.0: the R&D post-subsidy at 6 % / 4 % (was 5 % / 3 %), from 2026-07-01 (the register's accounts, 2022–2024, are still recent enough then). */
async function saveDraft() {
  const body = draftBody("2026.5.0", "2026-07-01");
  body.ruleset.measures.find((m: { id: string }) => m.id === "rd-post-subsidy").amount.rate.table = { micro: 0.06, small: 0.06, medium: 0.04, large: 0.04 };
  expect((await s.save("author", "2026.5.0", body)).status).toBe(201);
}

describe("impact on a register", () => {
  it("the synthetic register, the same rows uploaded as JSONL and as CSV: the same numbers", async () => {
    await saveDraft();
    const path = `${s.draft("2026.5.0")}/impact`;
    const synthetic = (await (await s.call("reviewer", "GET", `${path}?register=synthetic&seed=${SEED}&count=${COUNT}`)).json()) as Impact;
    expect([synthetic.register.name, synthetic.before.version, synthetic.after.version]).toEqual([`synthetic (seed ${SEED}, 300 firms)`, "2025.2.0", "2026.5.0"]);
    expect(synthetic.measures.find((m) => m.measureId === "rd-post-subsidy")!.amountChanged).toBeGreaterThan(10);

    const jsonl = await upload("zone-2026.jsonl", "application/x-ndjson", JSONL, "reviewer");
    expect(jsonl.status).toBe(201);
    const j = (await jsonl.json()) as { id: string; rows: number; format: string; uploadedBy: string };
    expect([j.rows, j.format, j.uploadedBy]).toEqual([COUNT, "jsonl", "reviewer-zhao"]);
    const csv = (await (await upload("zone-2026.csv", "text/csv; charset=utf-8", "\uFEFF" + CSV)).json()) as { id: string; rows: number };
    expect(csv.rows).toBe(COUNT);

    for (const id of [j.id, csv.id]) {
      const r = (await (await s.call("author2", "GET", `${path}?register=${id}`)).json()) as Impact;
      expect(numbers(r), id).toEqual(numbers(synthetic));
    }
    const listed = (await (await s.call("admin", "GET", "/v1/registers")).json()) as { registers: { id: string }[] };
    expect(listed.registers.map((r) => r.id)).toEqual([csv.id, j.id]);
  });

  it("downloads the firms and the measures as CSV with a BOM", async () => {
    const path = `${s.draft("2026.5.0")}/impact`;
    const firms = await s.call("reviewer", "GET", `${path}/firms.csv?count=${COUNT}&seed=${SEED}`);
    expect([firms.status, firms.headers.get("Content-Type"), firms.headers.get("Content-Disposition")]).toEqual([200, "text/csv; charset=utf-8", 'attachment; filename="impact-2026.5.0-firms.csv"']);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(await firms.arrayBuffer());
    expect(text.startsWith("\uFEFFmeasureId,title.zh-CN,title.en,change,line,creditCode,name")).toBe(true);
    expect(text).toMatch(/\r\nrd-post-subsidy,包头市研发费用后补助,.*,amount,\d+,91150200/);
    const measures = await (await s.call("reviewer", "GET", `${path}/measures.csv?count=${COUNT}&seed=${SEED}`)).text();
    expect(measures).toMatch(/\r\n\(total\),/);
  });

  it("refuses a CSV header naming no profile field (422), another type (415), an unknown register (404)", async () => {
    const bad = await upload("bad.csv", "text/csv", "creditCode,revenu\n91150200MA0QY7D85N,1\n");
    expect([bad.status, ((await bad.json()) as { detail: string }).detail]).toEqual([422, expect.stringMatching(/"revenu": unknown column/)]);
    expect((await upload("x.xlsx", "application/vnd.ms-excel", "x")).status).toBe(415);
    expect((await upload("empty.jsonl", "application/x-ndjson", "\n\n")).status).toBe(422);
    expect((await s.call("reviewer", "GET", `${s.draft("2026.5.0")}/impact?register=r-00000000`)).status).toBe(404);
    expect((await s.call("reviewer", "GET", `${s.draft("2026.5.0")}/impact?count=99999`)).status).toBe(400);
  });

  it("is deleted by its uploader or an admin, not another officer", async () => {
    const { id } = (await (await upload("mine.jsonl", "application/x-ndjson", JSONL)).json()) as { id: string };
    expect((await s.call("author2", "DELETE", `/v1/registers/${id}`)).status).toBe(403);
    expect((await s.call("author", "DELETE", `/v1/registers/${id}`)).status).toBe(204);
    expect((await s.call("author", "DELETE", `/v1/registers/${id}`)).status).toBe(404);
  });
});
