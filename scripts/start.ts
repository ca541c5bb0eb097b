/**
 * `npm start [-- --port 8790]` (or `PORT=8790 npm start`): applies the D1 migrations to the
 * local database (.wrangler/state, kept across runs), then serves the Worker with `wrangler dev`
 * on 127.0.0.1, offline and quiet (TOOLCHAIN.md's switches: no telemetry, no request.cf fetch,
 * no update check). The port is `--port`, else `PORT`, else 8787. Ctrl-C stops it.
 * Exit codes: 0 stopped; wrangler's own when it fails; 2 bad arguments or port, or a port
 * already in use (checked before anything runs, so the message is ours, not workerd's).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { fail, parseOrFail } from "../src/cli/args.js";

const HELP = {
  usage: "npm start [-- --port <port>]",
  about: "Applies the D1 migrations to the local database, then serves the Worker (the form at /, the API at /v1/…) with wrangler dev on 127.0.0.1, offline. PORT=<port> npm start works too.",
  options: [
    ["--port <port>", "the port to listen on (default: $PORT, else 8787)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 stopped (Ctrl-C); wrangler's own code when it fails; 2 bad arguments, or a port that is not valid or already in use",
} as const;

const { values } = parseOrFail({ port: { type: "string" } }, HELP);
const given = values.port ?? process.env.PORT ?? "8787";
const port = /^\d+$/.test(given) ? Number(given) : NaN;
if (!(port >= 1 && port <= 65535)) fail(2, `the port must be a whole number 1–65535, got "${given}"\nusage: ${HELP.usage}`);

/** Whether 127.0.0.1:`p` can be listened on now (wrangler dev would otherwise fail deep in workerd). */
const free = (p: number) => new Promise<boolean>((resolve) => {
  const probe = createServer().once("error", () => resolve(false)).once("listening", () => probe.close(() => resolve(true)));
  probe.listen(p, "127.0.0.1");
});
if (!(await free(port))) fail(2, `port ${port} on 127.0.0.1 is already in use (another npm start?): stop that server, or choose another port: npm start -- --port <port>`);

const WRANGLER = fileURLToPath(new URL("../node_modules/.bin/wrangler", import.meta.url));
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" };

let child: ChildProcess | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child?.kill(signal));

/** Runs wrangler with `args`; resolves with its exit code. */
function wrangler(args: string[], extra: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(WRANGLER, args, { stdio: "inherit", env: { ...env, ...extra } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const migrated = await wrangler(["d1", "migrations", "apply", "DB", "--local"], { CI: "true" });
if (migrated !== 0) process.exit(migrated);
process.exit(await wrangler(["dev", "--ip", "127.0.0.1", "--port", String(port)]));
