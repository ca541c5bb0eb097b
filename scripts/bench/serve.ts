/**
 * The app under @hono/node-server, for the HTTP benchmark: the same Hono app as the Worker, on
 * the bundled rule sets, on 127.0.0.1 at the port given (argv[2]); prints "ready <port>".
 * One route is added for the benchmark only: `POST /bench/floor`, the body gate and request
 * validation of `/v1/match` answering `{}` — what any validated POST of a profile costs before
 * a single rule is evaluated.
 */
import { zValidator } from "@hono/zod-validator";
import { serve } from "@hono/node-server";
import { createApp } from "../../src/http/app.js";
import { jsonBody } from "../../src/http/json-body.js";
import { MATCH_BODY_LIMIT } from "../../src/http/routes/match.js";
import { MatchRequest } from "../../src/http/schemas.js";
import { todayInShanghai } from "../../src/profile/index.js";
import { bundledCatalog } from "../../src/ruleset/bundled.js";

const app = createApp({ catalog: bundledCatalog, today: () => todayInShanghai() });
app.post("/bench/floor", jsonBody({ maxSize: MATCH_BODY_LIMIT, tooLarge: "too large" }), zValidator("json", MatchRequest), (c) => c.json({}));
await bundledCatalog();
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: Number(process.argv[2] ?? 0) }, (info) => {
  console.log(`ready ${info.port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
