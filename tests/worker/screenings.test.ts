/**
 * Asynchronous screenings (issue 15, "Screening beyond one machine"), inside workerd: a
 * register of a few thousand generated firms sent to `POST /v1/screenings`, its chunks in R2,
 * screened by the queue consumer (chunks delivered out of order, one twice), and the files
 * equal to what `npm run screen` wrote for the same register, byte for byte (the CLI ran in
 * Node before the tests: tests/worker/screen-cli-setup.ts); progress, refusals and failure.
 */
import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import app from "../../src/index.js";
import type { ScreenChunkJob } from "../../src/jobs/messages.js";
import { CHUNK_ROWS } from "../../src/screening/chunks.js";
import { STAFF } from "../support/dossiers.js";
import { consume, depsWith, recordingQueue } from "../support/jobs.js";

const cli = inject("screenCli");
const json = async <T = Record<string, any>>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** POST /v1/screenings with the staff token; `JOBS` records the messages. */
async function start(body: string, contentType: string, query: Record<string, string>, token: string | null = STAFF) {
  const { queue, sent } = recordingQueue();
  const res = await app.request(`/v1/screenings?${new URLSearchParams(query)}`, {
    method: "POST", body, headers: { "Content-Type": contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  }, { ...env, JOBS: queue });
  return { res, jobs: sent.map((s) => s.body as ScreenChunkJob) };
}
const get = (path: string, token = STAFF) => app.request(path, { headers: { Authorization: `Bearer ${token}` } }, env);
const deps = () => depsWith([], "2026-06-30");

// screening thousands of firms in workerd takes seconds: a guard against a hang, not a speed claim
describe("an asynchronous screening", { timeout: 60_000 }, () => {
  it("of a JSONL register gives the CLI's records.jsonl, byte for byte; chunks out of order, one delivered twice, write no record twice", async () => {
    const { res, jobs } = await start(cli.register.jsonl, "application/x-ndjson", { input: cli.jsonlPath, asOf: cli.asOf, version: cli.version });
    expect(res.status).toBe(202);
    const s = await json(res);
    expect(res.headers.get("Location")).toBe(`/v1/screenings/${s.id}`);
    expect(s).toMatchObject({ state: "running", input: cli.jsonlPath, format: "jsonl", asOf: cli.asOf, rows: 2_500, chunks: Math.ceil(2_500 / CHUNK_ROWS), chunksDone: 0, summary: null, files: {} });
    expect(jobs.map((j) => j.chunk)).toEqual([...Array(s.chunks).keys()]);

    const [firstJob, ...others] = jobs;
    expect(await consume(await deps(), others.reverse())).toEqual(others.map(() => "ack"));
    const halfway = await json(await get(`/v1/screenings/${s.id}`));
    expect(halfway).toMatchObject({ state: "running", chunksDone: s.chunks - 1 });
    expect((await get(`/v1/screenings/${s.id}/files/records.jsonl`)).status).toBe(409);
    expect(await consume(await deps(), [firstJob, others[0]], { attempts: 2 })).toEqual(["ack", "ack"]);

    const done = await json(await get(`/v1/screenings/${s.id}`));
    expect(done).toMatchObject({ state: "done", chunksDone: s.chunks, files: { "records.jsonl": `/v1/screenings/${s.id}/files/records.jsonl` } });
    const file = await get(`/v1/screenings/${s.id}/files/records.jsonl`);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
    const text = await file.text();
    expect(text.length).toBe(cli.fromJsonl.jsonl.length);
    expect(text === cli.fromJsonl.jsonl).toBe(true);
    expect(done.summary).toEqual(JSON.parse(cli.fromJsonl.jsonl.trimEnd().split("\n").at(-1)!));
  });

  it("of a CSV register gives the CLI's records.jsonl, records.csv and summary.csv, byte for byte", async () => {
    const { res, jobs } = await start(cli.register.csv, "text/csv", { input: cli.csvPath, asOf: cli.asOf, version: cli.version });
    expect(res.status).toBe(202);
    const { id } = await json(res);
    await consume(await deps(), jobs);
    // as bytes: text() would drop the CSV files' byte-order mark
    const file = async (name: string) => new Uint8Array(await (await get(`/v1/screenings/${id}/files/${name}`)).arrayBuffer());
    const same = (a: Uint8Array, text: string) => { const b = new TextEncoder().encode(text); return a.length === b.length && a.every((x, i) => x === b[i]); };
    expect(cli.fromCsv.csv.startsWith("\uFEFF")).toBe(true);
    expect(same(await file("records.jsonl"), cli.fromCsv.jsonl)).toBe(true);
    expect(same(await file("records.csv"), cli.fromCsv.csv)).toBe(true);
    expect(same(await file("summary.csv"), cli.fromCsv.summaryCsv)).toBe(true);
  });

  it("a chunk that failed every attempt fails the screening (from the dead-letter queue); its files are refused with 409", async () => {
    const { res, jobs } = await start('{"employees": 3}\n', "application/x-ndjson", { asOf: cli.asOf, version: cli.version });
    const { id } = await json(res);
    expect(await consume(await deps(), jobs, { queueName: "policy-match-jobs-dlq", attempts: 9 })).toEqual(["ack"]);
    expect(await json(await get(`/v1/screenings/${id}`))).toMatchObject({ state: "failed", error: "chunk 0 failed every attempt" });
    const refused = await get(`/v1/screenings/${id}/files/records.csv`);
    expect(refused.status).toBe(409);
    expect(await consume(await deps(), jobs)).toEqual(["ack"]); // a late delivery of a failed screening does nothing
    expect((await json(await get(`/v1/screenings/${id}`))).state).toBe("failed");
  });

  it("a chunk missing from R2 is retried, never acknowledged unread", async () => {
    const { res, jobs } = await start('{"employees": 3}\n', "application/x-ndjson", { asOf: cli.asOf, version: cli.version });
    const { id } = await json(res);
    await env.SCREENINGS.delete(`screenings/${id}/in/0.json`);
    expect(await consume(await deps(), jobs)).toEqual([{ retry: 10 }]);
    expect((await json(await get(`/v1/screenings/${id}`))).state).toBe("running");
  });
});

describe("refusals", () => {
  it("no token 401, a dossier's token 403, with nothing stored", async () => {
    expect((await start("{}\n", "application/x-ndjson", {}, null)).res.status).toBe(401);
    const { res, jobs } = await start("{}\n", "application/x-ndjson", {}, "pmd_" + "x".repeat(43));
    expect(res.status).toBe(403);
    expect(jobs).toEqual([]);
  });

  it("another type 415, a bad date 400, no version for it 404, a CSV header naming no field 422, no row 422 — each problem+json, nothing queued", async () => {
    const cases: [string, string, Record<string, string>, number, string?][] = [
      ["{}\n", "application/json", {}, 415],
      ["{}\n", "application/x-ndjson", { asOf: "2026-02-30" }, 400],
      ["{}\n", "application/x-ndjson", { version: "2099.1.0" }, 404],
      ["creditCode,turnover\n91150200MA0N3K7R4K,1\n", "text/csv", {}, 422, "turnover"],
      ["\n\n", "application/x-ndjson", {}, 422, "no row"],
    ];
    for (const [body, type, query, status, words] of cases) {
      const { res, jobs } = await start(body, type, query);
      expect(res.status, `${type} ${JSON.stringify(query)}`).toBe(status);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json");
      if (words) expect(await res.text()).toContain(words);
      expect(jobs).toEqual([]);
    }
  });

  it("over 16 MiB: 413 naming the limit and the way out", async () => {
    const { res } = await start("x".repeat(16 * 1024 * 1024 + 1), "text/csv", {});
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("--shard");
  });

  it("an unknown screening 404, a malformed id or file name 400", async () => {
    expect((await get(`/v1/screenings/scr_${"0".repeat(32)}`)).status).toBe(404);
    expect((await get("/v1/screenings/nope")).status).toBe(400);
    expect((await get(`/v1/screenings/scr_${"0".repeat(32)}/files/secrets.txt`)).status).toBe(400);
  });
});
