/**
 * HTTP throughput: requests/s and p99 latency of POST /v1/match — the default explained answer
 * and the decision alone (`explain=none`) — against GET /healthz on the same app served by
 * @hono/node-server in a child process, loaded by autocannon (10 connections) from this one.
 * Also the floor: `POST /bench/floor` (serve.ts), the same body read and validation answering
 * `{}`. Loopback only; bounded duration; the routes are loaded one after another.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";

/** Requests/s (mean) and p99 latency (ms) of each route. */
export interface HttpResult {
  /** POST /v1/match, default (`explain=full`) */
  matchRps: number;
  matchP99Ms: number;
  /** POST /v1/match?explain=none */
  decisionRps: number;
  decisionP99Ms: number;
  /** POST /bench/floor: body read and request validation only */
  floorRps: number;
  /** GET /healthz */
  healthRps: number;
}

async function load(url: string, seconds: number, body?: string) {
  const r = await autocannon({
    url, connections: 10, duration: seconds,
    ...(body ? { method: "POST" as const, body, headers: { "content-type": "application/json" } } : {}),
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 };
}

/**
 * @param body the JSON body posted (one profile)
 * @param seconds load duration per route
 */
export async function benchHttp(body: string, seconds: number): Promise<HttpResult> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./serve.ts", import.meta.url).pathname, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const port = Number(/ready (\d+)/.exec(line.toString())?.[1]);
    if (!port) throw new Error(`server did not start: ${line}`);
    const base = `http://127.0.0.1:${port}`;
    for (const path of ["/v1/match", "/v1/match?explain=none", "/bench/floor"]) await load(base + path, 1, body); // warm-up
    const health = await load(`${base}/healthz`, seconds);
    const floor = await load(`${base}/bench/floor`, seconds, body);
    const decision = await load(`${base}/v1/match?explain=none`, seconds, body);
    const matched = await load(`${base}/v1/match`, seconds, body);
    return {
      matchRps: matched.rps, matchP99Ms: matched.p99, decisionRps: decision.rps, decisionP99Ms: decision.p99,
      floorRps: floor.rps, healthRps: health.rps,
    };
  } finally {
    child.kill("SIGTERM");
  }
}
