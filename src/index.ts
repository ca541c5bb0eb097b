/**
 * The Worker: the policy-match HTTP app on the bundled rule sets and those published to D1;
 * the consumer of the jobs queue (src/jobs/consumer.ts: dossiers re-decided when a version is
 * published or comes into force, webhook calls, asynchronous screenings); and the daily cron
 * (src/scheduled.ts: the dossiers' retention, the version coming into force).
 * `npm start` serves it locally in workerd (wrangler dev); `wrangler deploy` to Cloudflare.
 * The default export is the Hono app itself (tests call `app.request`), with `queue` and
 * `scheduled` added.
 */
import { createApp } from "./http/app.js";
import type { AppDeps } from "./http/env.js";
import { queueHandler } from "./jobs/consumer.js";
import { todayInShanghai } from "./profile/index.js";
import { liveCatalog } from "./ruleset/live-catalog.js";
import { scheduled } from "./scheduled.js";

const deps: AppDeps = { catalog: liveCatalog, today: () => todayInShanghai() };

export default Object.assign(createApp(deps), { queue: queueHandler(deps), scheduled });
