/**
 * Starts the real Worker for the browser tests: the D1 migrations applied to a fresh local
 * state, then `wrangler dev` (workerd) on a free 127.0.0.1 port with the offline switches of
 * TOOLCHAIN.md and the test officers' ADMIN_TOKENS (tests/support/officers.ts, overriding any
 * .dev.vars); waits for /healthz, shares the address, stops it afterwards.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { TEST_ADMIN_TOKENS } from "../support/officers.js";
import { freePort } from "./support/port.js";

declare module "vitest" {
  export interface ProvidedContext { baseURL: string }
}

const OFFLINE = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true", CI: "true" };
const WRANGLER = join(process.cwd(), "node_modules", ".bin", "wrangler");

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

export default async function setup(project: TestProject) {
  const state = mkdtempSync(join(tmpdir(), "policy-match-e2e-"));
  const env = { ...process.env, ...OFFLINE };
  execFileSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env, stdio: "pipe" });
  const [port, inspector] = [await freePort(), await freePort()];
  let output = "";
  const child = spawn(WRANGLER, ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector), "--persist-to", state, "--var", `ADMIN_TOKENS:${TEST_ADMIN_TOKENS}`, "--show-interactive-dev-session=false", "--log-level", "warn"], {
    env, stdio: ["ignore", "pipe", "pipe"], detached: true,
  });
  child.stdout!.on("data", (d) => { output += d; });
  child.stderr!.on("data", (d) => { output += d; });
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = () => {
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* already gone */ }
  };
  try {
    await waitFor(`${baseURL}/healthz`, child, () => output);
  } catch (err) {
    stop();
    throw err;
  }
  project.provide("baseURL", baseURL);
  return () => {
    stop();
    rmSync(state, { recursive: true, force: true });
  };
}
