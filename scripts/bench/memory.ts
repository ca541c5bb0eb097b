/**
 * Memory under load: 50,000 `POST /v1/match` requests to the Worker running in workerd
 * (Miniflare, loopback, the bundle `wrangler deploy` would upload, a fresh local D1), in rounds
 * of 5,000 (autocannon, 10 connections), against a baseline of the same run: a trivial Worker
 * in its own workerd that reads the same bodies, parses them and answers 6 KB of JSON.
 * Measured before and after each round:
 * - the RSS of each workerd process (`VmRSS` of /proc/<pid>/status);
 * - our isolate's V8 heap in use (`Runtime.getHeapUsage` over the DevTools port), sampled every
 *   250 ms during a round: the lowest reading of a round is its floor, the heap just after a
 *   collection, which is what a leak raises (workerd's inspector offers no forced GC).
 * workerd's RSS grows under load whatever runs in it (the baseline shows how much): a leak of
 * ours is a heap floor that climbs, or an RSS that outgrows the baseline's.
 * The requests cycle through every bundled version (by asOf and pinned), three profiles and the
 * three explanation levels, so per-version and per-request caches are all exercised.
 * Bounded (a fixed number of requests); both servers are disposed of at the end, on SIGINT and
 * SIGTERM too. `npm run bench:memory [-- N]` runs it alone.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { Miniflare } from "miniflare";
import WebSocket from "ws";
import { freePort } from "../../tests/e2e/support/port.js";
import { type CommandHelp, fail, parseOrFail, usageLine } from "../../src/cli/args.js";

/** One measurement, after `requests` requests. */
export interface MemorySample {
  requests: number;
  /** our Worker's workerd process, KiB */
  rssKiB: number;
  /** the lowest V8 heap in use of our isolate seen during the round, KiB */
  heapFloorKiB: number;
  /** the baseline Worker's workerd process after as many requests, KiB */
  baselineRssKiB: number;
}

export interface MemoryResult {
  requests: number;
  /** time our Worker took for them */
  seconds: number;
  samples: MemorySample[];
}

const ROUNDS = 10;
const OFFLINE = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" };
const COMPATIBILITY_DATE = /compatibility_date = "([^"]+)"/.exec(readFileSync("wrangler.toml", "utf8"))![1]!;

/** The baseline: reads the body strictly, parses it, answers about as much JSON as a decision. */
const TRIVIAL_WORKER = `export default { async fetch(req) {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(await req.arrayBuffer());
  const body = JSON.parse(text);
  return new Response(JSON.stringify({ length: text.length, keys: Object.keys(body.profile ?? {}), pad: "y".repeat(6000) }), { headers: { "content-type": "application/json" } });
} };`;

/** The requests cycled through: versions × profiles × explanation levels (the decision alone mostly; explained answers, up to 64 KB, one in three). */
function requestMix(): autocannon.Request[] {
  const profile = (name: string) => JSON.parse(readFileSync(`fixtures/profiles/${name}.json`, "utf8")) as unknown;
  const profiles = ["servo-motor-maker-hnte-score-70", "ndfeb-magnet-maker-hnte-ready", "ndfeb-plant-project-fai-30m-equipment-10m"].map(profile);
  const when = [{ asOf: "2025-03-01" }, { asOf: "2025-06-30" }, { asOf: "2025-06-30", version: "2023.1.0" }, { asOf: "2025-06-30", version: "2025.1.0" }];
  return ["none", "none", "none", "none", "brief", "full"].flatMap((explain) => profiles.flatMap((p) => when.map((w) => ({
    method: "POST" as const, path: `/v1/match?explain=${explain}`, headers: { "content-type": "application/json" }, body: JSON.stringify({ profile: p, ...w }),
  }))));
}

/** The RSS (KiB) of the workerd process listening on `port`. */
function rssOfWorkerd(port: number): number {
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmd.includes("workerd") && cmd.includes(`127.0.0.1:${port}`)) return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))![1]);
    } catch { /* gone meanwhile */ }
  }
  throw new Error(`no workerd process listens on ${port}`);
}

/** Our Worker as `wrangler deploy` would upload it, with D1 migrated, the DevTools port open. */
async function ourWorker(): Promise<{ mf: Miniflare; port: number; inspectorPort: number; cleanup: () => void }> {
  const out = mkdtempSync(join(tmpdir(), "policy-match-bundle-"));
  const state = mkdtempSync(join(tmpdir(), "policy-match-state-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], { stdio: "ignore", env: { ...process.env, ...OFFLINE } });
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const mf = new Miniflare({
    name: "policy-match", modulesRoot: out, modules: [{ type: "ESModule", path: join(out, "index.js") }], compatibilityDate: COMPATIBILITY_DATE,
    d1Databases: { DB: "policy-match" }, d1Persist: state, host: "127.0.0.1", port, inspectorPort,
  });
  await mf.ready;
  const db = await mf.getD1Database("DB");
  for (const file of readdirSync("migrations").filter((f) => f.endsWith(".sql")).sort()) {
    const { unstable_splitSqlQuery: split } = await import("wrangler");
    for (const query of split(readFileSync(join("migrations", file), "utf8"))) await db.prepare(query).run();
  }
  return { mf, port, inspectorPort, cleanup: () => [out, state].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** `Runtime.getHeapUsage` of our isolate, over the DevTools protocol. */
async function heapReader(inspectorPort: number): Promise<{ used: () => Promise<number>; close: () => void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as { webSocketDebuggerUrl: string; title?: string; id: string }[];
  const target = targets.find((t) => t.id.includes("policy-match")) ?? targets[0]!;
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { ws.once("open", resolve); ws.once("error", reject); });
  let id = 0;
  const waiting = new Map<number, (usedSize: number) => void>();
  ws.on("message", (m) => {
    const d = JSON.parse(String(m)) as { id?: number; result?: { usedSize: number } };
    if (d.id === undefined) return;
    waiting.get(d.id)?.(d.result?.usedSize ?? NaN);
    waiting.delete(d.id);
  });
  const used = () => new Promise<number>((resolve, reject) => {
    const n = ++id;
    const timer = setTimeout(() => { waiting.delete(n); reject(new Error("the inspector did not answer Runtime.getHeapUsage")); }, 5000);
    waiting.set(n, (v) => { clearTimeout(timer); resolve(v); });
    ws.send(JSON.stringify({ id: n, method: "Runtime.getHeapUsage" }));
  });
  return { used, close: () => ws.close() };
}

/** Runs `work` while sampling the heap every 250 ms; returns the lowest reading (KiB). */
async function heapFloorDuring(used: () => Promise<number>, work: Promise<unknown>): Promise<number> {
  let floor = Infinity, done = false;
  const sampling = (async () => {
    while (!done) {
      floor = Math.min(floor, await used());
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  try {
    await work;
  } finally {
    done = true;
    await sampling;
  }
  return Math.round(floor / 1024);
}

/** Sends `amount` requests of `requests` (cycled) to `port`. */
async function load(port: number, amount: number, requests: autocannon.Request[]): Promise<void> {
  const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 10, amount, requests });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
}

/**
 * @param total requests in all (default 50,000), sent in 10 rounds to each Worker
 * @param log progress lines (stderr)
 */
export async function benchMemory(total = 50_000, log: (s: string) => void = () => {}): Promise<MemoryResult> {
  const ours = await ourWorker();
  const baselinePort = await freePort();
  const baseline = new Miniflare({ modules: true, script: TRIVIAL_WORKER, compatibilityDate: COMPATIBILITY_DATE, host: "127.0.0.1", port: baselinePort });
  const dispose = async () => { await Promise.allSettled([ours.mf.dispose(), baseline.dispose()]); ours.cleanup(); };
  const interrupted = () => { void dispose().finally(() => process.exit(130)); };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  try {
    await baseline.ready;
    const heap = await heapReader(ours.inspectorPort);
    try {
      const mix = requestMix();
      await load(ours.port, mix.length * 10, mix); // warm-up: every request of the mix, compiled and cached
      await load(baselinePort, mix.length * 10, mix);
      const samples: MemorySample[] = [];
      const measure = async (requests: number, work: Promise<unknown>) => {
        const heapFloorKiB = await heapFloorDuring(heap.used, work);
        if (requests > 0) await load(baselinePort, total / ROUNDS, mix);
        samples.push({ requests, rssKiB: rssOfWorkerd(ours.port), heapFloorKiB, baselineRssKiB: rssOfWorkerd(baselinePort) });
        const s = samples.at(-1)!;
        log(`  ${requests} requests: RSS ${s.rssKiB} KiB (baseline ${s.baselineRssKiB} KiB), heap floor ${heapFloorKiB} KiB`);
      };
      await measure(0, new Promise((r) => setTimeout(r, 1000)));
      let seconds = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        const started = Date.now();
        await measure((round * total) / ROUNDS, load(ours.port, total / ROUNDS, mix).then(() => { seconds += (Date.now() - started) / 1000; }));
      }
      return { requests: total, seconds, samples };
    } finally {
      heap.close();
    }
  } finally {
    process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    await dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const help: CommandHelp = {
    usage: "npm run bench:memory -- [requests]",
    about: "Memory under load: the Worker's workerd RSS and V8 heap over match requests in Miniflare, against a trivial Worker's over as many (docs/speed.md); about six minutes for 50,000.",
    options: [["[requests]", "how many match requests (default 50,000; at least 1,000)"], ["-h, --help", "print this help"]],
    exit: "0 measured; 2 bad arguments",
  };
  const { positionals } = parseOrFail({}, help);
  const requests = Number(positionals[0] ?? 50_000);
  if (positionals.length > 1 || !Number.isInteger(requests) || requests < 1000) fail(2, `requests must be a whole number of at least 1,000, got ${positionals.join(" ")}\n${usageLine(help)}`);
  const r = await benchMemory(requests, (s) => process.stderr.write(s + "\n"));
  console.log(JSON.stringify(r, null, 2));
}
