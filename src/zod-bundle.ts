/**
 * The `zod` module as the Worker bundles it (wrangler.toml `[alias]`; tests and scripts use
 * zod itself): zod's whole classic API, except the namespaces `locales` (every translation
 * of its messages) and `core` (which re-exports them). @hono/zod-openapi hands the `z`
 * namespace object to zod-to-openapi, so the bundler keeps every member of it; without these
 * two the Worker is some 40 KiB gzip smaller (docs/speed.md). Nothing reads either at run
 * time: our code names `z.core` in types only, zod-to-openapi reads `z.ZodType`, and zod's
 * English messages come from its own import of `locales/en`.
 */
export * from "../node_modules/zod/v4/classic/external.js";
/** Left out of the bundle (see above). */
export const locales = {};
/** Left out of the bundle (see above). */
export const core = {};
import * as z from "./zod-bundle.js";
export { z, z as default };
