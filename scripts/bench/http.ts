/**
 * HTTP throughput: requests/s and p99 latency of POST /v1/match against GET /healthz on the
 * same app served by @hono/node-server in a child process, loaded by autocannon from this one.
 * Loopback only; bounded duration.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";

/** Requests/s (mean) and p99 latency (ms) of both routes. */
export interface HttpResult { matchRps: number; healthRps: number; matchP99Ms: number; }

async function load(url: string, seconds: number, init?: { method: "POST"; body: string }) {
  const r = await autocannon({
    url, connections: 10, duration: seconds,
    ...(init ? { method: init.method, body: init.body, headers: { "content-type": "application/json" } } : {}),
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return r;
}

/**
 * @param body the JSON body posted to /v1/match (one profile)
 * @param seconds load duration per route
 */
export async function benchHttp(body: string, seconds: number): Promise<HttpResult> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./serve.ts", import.meta.url).pathname, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    const port = Number(/ready (\d+)/.exec(line.toString())?.[1]);
    if (!port) throw new Error(`server did not start: ${line}`);
    const base = `http://127.0.0.1:${port}`;
    await load(`${base}/v1/match`, 1, { method: "POST", body }); // warm-up
    const health = await load(`${base}/healthz`, seconds);
    const matched = await load(`${base}/v1/match`, seconds, { method: "POST", body });
    return { matchRps: Math.round(matched.requests.average), healthRps: Math.round(health.requests.average), matchP99Ms: matched.latency.p99 };
  } finally {
    child.kill("SIGTERM");
  }
}
