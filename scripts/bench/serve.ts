/**
 * The app under @hono/node-server, for the HTTP benchmark: the same Hono app as the Worker, on
 * the bundled rule sets, on 127.0.0.1 at the port given (argv[2]); prints "ready <port>".
 */
import { serve } from "@hono/node-server";
import { createApp } from "../../src/http/app.js";
import { todayInShanghai } from "../../src/profile/index.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";

const app = createApp({ catalog: bundledCatalog, today: () => todayInShanghai() });
await bundledCatalog();
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.argv[2] ?? 0) }, (info) => {
  console.log(`ready ${info.port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
