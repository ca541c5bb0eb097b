/**
 * `npm start` on the port asked for: `--port <n>` or `PORT=<n>`, the migrations applied first,
 * the Worker answering on 127.0.0.1:<n>; stopped by SIGTERM (passed on to wrangler).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTsx } from "../support/run-tsx.js";
import { freePort } from "./support/port.js";

const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");

async function healthy(port: number, child: ChildProcess, ms = 90_000): Promise<unknown> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return await res.json();
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing answered on ${port}`);
}

/** Starts scripts/start.ts (what `npm start` runs) with `args` and `env`, waits for it, stops it. */
async function startAndStop(args: string[], env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, [TSX, "scripts/start.ts", ...args], { env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  try {
    expect(await healthy(port, child)).toEqual({ status: "ok" });
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await new Promise((r) => setTimeout(r, 500));
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
}

describe("npm start", () => {
  it("serves on --port", async () => {
    const port = await freePort();
    await startAndStop(["--port", String(port)], {}, port);
  });

  it("serves on PORT", async () => {
    const port = await freePort();
    await startAndStop([], { PORT: String(port) }, port);
  });

  it("a port already in use: exit 2 with our message before anything runs, not workerd's fatal error", async () => {
    const port = await freePort();
    const busy = createServer().listen(port, "127.0.0.1");
    await new Promise((r) => busy.once("listening", r));
    try {
      const r = await runTsx("scripts/start.ts", ["--port", String(port)]);
      expect([r.code, r.stderr.trim()]).toEqual([2, `port ${port} on 127.0.0.1 is already in use (another npm start?): stop that server, or choose another port: npm start -- --port <port>`]);
      expect(r.stdout).toBe(""); // no migrations applied, no wrangler started
    } finally {
      busy.close();
    }
  });
});
