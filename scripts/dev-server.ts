/**
 * The real Worker on this machine, for the browser tests and the memory benchmark: the D1
 * migrations applied to a fresh local state, then `wrangler dev` (workerd) on free 127.0.0.1
 * ports with the offline switches of TOOLCHAIN.md; resolves once /healthz answers.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OFFLINE = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true", CI: "true" };
const WRANGLER = join(process.cwd(), "node_modules", ".bin", "wrangler");

/** A running `wrangler dev`. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  baseURL: string;
  /** the DevTools port (`/json`, `/ws`) of the Worker's isolate */
  inspectorPort: number;
  /** the process group of wrangler and its workerd processes */
  pid: number;
  /** stops it and removes its state */
  stop: () => void;
}

/** A port the system says is free on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${ms / 1000} s:\n${log()}`);
}

/**
 * @param vars extra Worker vars (`--var NAME:VALUE`), e.g. publishing tokens
 * @throws Error with wrangler's output when it exits or does not answer within 90 s
 */
export async function startDevServer(vars: Record<string, string> = {}): Promise<DevServer> {
  const state = mkdtempSync(join(tmpdir(), "policy-match-dev-"));
  const env = { ...process.env, ...OFFLINE };
  execFileSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env, stdio: "pipe" });
  const [port, inspectorPort] = [await freePort(), await freePort()];
  let output = "";
  const child = spawn(WRANGLER, [
    "dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspectorPort), "--persist-to", state,
    "--show-interactive-dev-session=false", "--log-level", "warn", ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.on("data", (d) => { output += d; });
  child.stderr!.on("data", (d) => { output += d; });
  const stop = () => {
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* already gone */ }
    rmSync(state, { recursive: true, force: true });
  };
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseURL}/healthz`, child, () => output);
  } catch (err) {
    stop();
    throw err;
  }
  return { baseURL, inspectorPort, pid: child.pid!, stop };
}
