/**
 * The Worker: the policy-match HTTP app on the bundled rule sets.
 * `npm start` serves it locally in workerd (wrangler dev); `wrangler deploy` to Cloudflare.
 */
import { createApp } from "./http/app.js";
import { todayInShanghai } from "./profile/index.js";
import { bundledCatalog } from "./ruleset/bundled.js";

export default createApp({ catalog: bundledCatalog, today: () => todayInShanghai() });
