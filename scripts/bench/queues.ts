/**
 * Asynchronous screening through the jobs queue, in local workerd: the Worker as `wrangler
 * deploy` would upload it, run by Miniflare with D1, R2 and the queue (its consumer this same
 * Worker, batches of 10 messages), each instance a workerd process of its own. A register of
 * `firms` generated enterprises (JSONL) is cut into as many contiguous parts as consumers; each
 * part is sent to `POST /v1/screenings` of its own instance, and the wall time runs from the
 * first request to the last screening `done` (files assembled in R2 included). One instance
 * is one consumer; 2 and 4 instances are 2 and 4 consumers working at once, as
 * `max_concurrency` gives on Cloudflare — on this machine bounded by its cores (docs/speed.md).
 * Bounded: a fixed register, every instance disposed of at the end, on SIGINT and SIGTERM too.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { generateRegister, jsonlLine } from "../../src/register/generate.js";

/** One configuration measured. */
export interface QueueRun {
  consumers: number;
  firms: number;
  seconds: number;
  firmsPerSecond: number;
  /** seconds per 10,000 firms at that rate */
  secondsPer10k: number;
}

const OFFLINE = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" };
const COMPATIBILITY_DATE = /compatibility_date = "([^"]+)"/.exec(readFileSync("wrangler.toml", "utf8"))![1]!;
const TOKEN = "bench-token-0123456789abcdef";

/** A Worker instance with its own D1, R2 and queue state. */
async function instance(bundle: string): Promise<{ mf: Miniflare; state: string }> {
  const state = mkdtempSync(join(tmpdir(), "policy-match-queue-bench-"));
  const mf = new Miniflare({
    name: "policy-match", modulesRoot: bundle, modules: [{ type: "ESModule", path: join(bundle, "index.js") }], compatibilityDate: COMPATIBILITY_DATE,
    d1Databases: { DB: "policy-match" }, d1Persist: join(state, "d1"), r2Buckets: ["SCREENINGS"], r2Persist: join(state, "r2"),
    queueProducers: { JOBS: "policy-match-jobs" }, queueConsumers: { "policy-match-jobs": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 3 } },
    bindings: { ADMIN_TOKENS: JSON.stringify({ bench: TOKEN }) },
  });
  await mf.ready;
  const db = await mf.getD1Database("DB");
  const { unstable_splitSqlQuery: split } = await import("wrangler");
  for (const file of readdirSync("migrations").filter((f) => f.endsWith(".sql")).sort()) {
    for (const query of split(readFileSync(join("migrations", file), "utf8"))) await db.prepare(query).run();
  }
  return { mf, state };
}

/** Sends a part and waits until its screening is done; @throws when it fails or the Worker refuses it */
async function screen(mf: Miniflare, part: string, asOf: string): Promise<void> {
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const res = await mf.dispatchFetch(`http://localhost/v1/screenings?asOf=${asOf}`, { method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: part });
  const started = (await res.json()) as { id?: string; detail?: string };
  if (res.status !== 202 || !started.id) throw new Error(`POST /v1/screenings answered ${res.status}: ${started.detail}`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const s = (await (await mf.dispatchFetch(`http://localhost/v1/screenings/${started.id}`, { headers: auth })).json()) as { state: string; error: string | null };
    if (s.state === "done") return;
    if (s.state === "failed") throw new Error(`screening failed: ${s.error}`);
  }
}

/**
 * @param firms the register's size; @param consumers each count measured
 * @returns one run per count
 */
export async function benchQueues(firms: number, consumers: readonly number[], asOf: string, log: (s: string) => void): Promise<QueueRun[]> {
  const bundle = mkdtempSync(join(tmpdir(), "policy-match-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", bundle], { stdio: "ignore", env: { ...process.env, ...OFFLINE } });
  const lines = [...generateRegister({ seed: 1, count: firms })].map(jsonlLine);
  const running: { mf: Miniflare; state: string }[] = [];
  const dispose = async () => {
    await Promise.allSettled(running.map((r) => r.mf.dispose()));
    for (const r of running.splice(0)) rmSync(r.state, { recursive: true, force: true });
  };
  const interrupted = () => { void dispose().finally(() => { rmSync(bundle, { recursive: true, force: true }); process.exit(130); }); };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  const runs: QueueRun[] = [];
  try {
    for (const n of consumers) {
      log(`  ${n} consumer${n > 1 ? "s" : ""} (${cpus().length} cores here)…`);
      for (let i = 0; i < n; i++) running.push(await instance(bundle));
      const size = Math.ceil(lines.length / n);
      const parts = running.map((_, i) => lines.slice(i * size, (i + 1) * size).join(""));
      const t0 = performance.now();
      await Promise.all(running.map((r, i) => screen(r.mf, parts[i]!, asOf)));
      const seconds = Math.round((performance.now() - t0) / 10) / 100;
      runs.push({ consumers: n, firms, seconds, firmsPerSecond: Math.round(firms / seconds), secondsPer10k: Math.round((seconds * 10_000 / firms) * 100) / 100 });
      await dispose();
    }
  } finally {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    await dispose();
    rmSync(bundle, { recursive: true, force: true });
  }
  return runs;
}
