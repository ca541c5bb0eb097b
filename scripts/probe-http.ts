/**
 * What a local server answers to requests a client library would never send, written byte by
 * byte on raw sockets (node:net): `npm run probe:http -- <port>` against `npx wrangler dev
 * --port <port>` (or any server of this Worker on 127.0.0.1). Prints, for each probe, the
 * status lines received on its connection, or what the connection did (reset, closed, silent).
 * Its findings are listed in docs/operations.md, "Local server: what wrangler dev answers itself".
 */
import { connect } from "node:net";
import { parseOrFail } from "../src/cli/args.js";

const USAGE = {
  usage: "npm run probe:http -- [port]",
  about: "Sends, on raw sockets, requests a client library would never send (malformed or duplicate Content-Length, odd Transfer-Encoding, oversized chunked bodies, idle keep-alive) to a local server of this Worker on 127.0.0.1, and prints what came back on each connection (docs/operations.md).",
  options: [["[port]", "the local server's port (default 8787)"], ["-h, --help", "print this help"]],
  exit: "0 probed; 2 bad arguments",
} as const;
const { positionals } = parseOrFail({}, USAGE);
const port = Number(positionals[0] ?? 8787);
if (positionals.length > 1 || !Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`the port must be a whole number from 1 to 65535, got ${positionals.join(" ")}\nusage: ${USAGE.usage}\n`);
  process.exit(2);
}
const PROFILE = '{"profile":{},"asOf":"2025-06-30"}';

/** Writes `parts` to one connection (pausing `pauseMs` before each part after the first) and collects what comes back until it closes or `waitMs` pass in silence. */
function exchange(parts: (string | Buffer)[], { pauseMs = 0, waitMs = 3000 } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "", timer: NodeJS.Timeout | undefined;
    const finish = (how: string) => { clearTimeout(timer); socket.destroy(); resolve(`${statusLines(received)} [${how}]`); };
    const quiet = () => { clearTimeout(timer); timer = setTimeout(() => finish(`silent ${waitMs / 1000} s`), waitMs); };
    socket.on("data", (d) => { received += d.toString("latin1"); quiet(); });
    socket.on("error", (e) => finish(`error ${(e as NodeJS.ErrnoException).code}`));
    socket.on("end", () => finish("closed by the server"));
    socket.on("connect", async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0 && pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        if (!socket.destroyed) socket.write(part);
      }
      quiet();
    });
  });
}

const statusLines = (s: string) => [...s.matchAll(/HTTP\/1\.1 (\d{3})[^\r\n]*/g)].map((m) => m[0]).join(" | ") || "(no answer)";

const post = (headers: string, body: string | Buffer = "") => Buffer.concat([Buffer.from(`POST /v1/match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${headers}\r\n`), Buffer.from(body)]);
const chunk = (data: string) => `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;
const health = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
const big = chunk("x".repeat(16 * 1024)).repeat(6) + "0\r\n\r\n"; // 96 KiB chunked, over the 64 KiB limit

const probes: [string, () => Promise<string>][] = [
  ["well-formed POST (control)", () => exchange([post(`Content-Length: ${PROFILE.length}\r\n`, PROFILE)])],
  ["malformed Content-Length (abc)", () => exchange([post("Content-Length: abc\r\n", PROFILE)])],
  ["two different Content-Lengths", () => exchange([post(`Content-Length: ${PROFILE.length}\r\nContent-Length: ${PROFILE.length + 2}\r\n`, PROFILE)])],
  ["two equal Content-Lengths", () => exchange([post(`Content-Length: ${PROFILE.length}\r\nContent-Length: ${PROFILE.length}\r\n`, PROFILE)])],
  ["Transfer-Encoding: gzip, chunked", () => exchange([post("Transfer-Encoding: gzip, chunked\r\n", chunk(PROFILE) + "0\r\n\r\n")])],
  ["Content-Length and Transfer-Encoding: chunked", () => exchange([post(`Content-Length: 5\r\nTransfer-Encoding: chunked\r\n`, chunk(PROFILE) + "0\r\n\r\n")])],
  ["body shorter than its Content-Length", () => exchange([post("Content-Length: 100\r\n", PROFILE)], { waitMs: 5000 })],
  ["96 KiB chunked body, then GET /healthz on the same connection", () => exchange([post("Transfer-Encoding: chunked\r\n", big), health], { pauseMs: 500 })],
  ["96 KiB chunked body, then GET /healthz on a new connection", async () => `${await exchange([post("Transfer-Encoding: chunked\r\n", big)])} then ${await exchange([health])}`],
  ["70 KiB declared body, then GET /healthz on the same connection", () => exchange([post(`Content-Length: ${70 * 1024}\r\n`, "x".repeat(70 * 1024)), health], { pauseMs: 500 })],
  ["keep-alive idle 10 s between two requests", () => exchange([health, health], { pauseMs: 10_000, waitMs: 3000 })],
  ["keep-alive idle 70 s between two requests", () => exchange([health, health], { pauseMs: 70_000, waitMs: 3000 })],
];

for (const [name, run] of probes) console.log(`${name}: ${await run()}`);
