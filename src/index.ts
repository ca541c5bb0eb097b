/**
 * The Worker: the policy-match HTTP app on the bundled rule sets and those published to D1.
 * `npm start` serves it locally in workerd (wrangler dev); `wrangler deploy` to Cloudflare.
 */
import { createApp } from "./http/app.js";
import { todayInShanghai } from "./profile/index.js";
import { liveCatalog } from "./ruleset/live-catalog.js";

export default createApp({ catalog: liveCatalog, today: () => todayInShanghai() });
