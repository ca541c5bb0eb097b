/**
 * The Worker: the policy-match HTTP app on the bundled rule sets and those published to D1,
 * and the daily cron that enforces the dossiers' retention period (src/scheduled.ts).
 * `npm start` serves it locally in workerd (wrangler dev); `wrangler deploy` to Cloudflare.
 * The default export is the Hono app itself (tests call `app.request`), with `scheduled` added.
 */
import { createApp } from "./http/app.js";
import { todayInShanghai } from "./profile/index.js";
import { liveCatalog } from "./ruleset/live-catalog.js";
import { scheduled } from "./scheduled.js";

export default Object.assign(createApp({ catalog: liveCatalog, today: () => todayInShanghai() }), { scheduled });
