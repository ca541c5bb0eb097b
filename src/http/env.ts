/** The Hono environment of the app: Worker bindings and per-request variables. */
import type { RequestIdVariables } from "hono/request-id";
import type { Catalog } from "../ruleset/catalog.js";

/** What the app needs from outside: the rule-set catalog (bundled and published versions). */
export interface AppDeps {
  /** the catalog for a request: bundled versions, plus those published to `db` when bound; expected to cache */
  catalog: (db?: D1Database) => Promise<Catalog>;
  /** today's date, ISO in Asia/Shanghai (injected for tests) */
  today: () => string;
}

/** Worker bindings: `DB` (D1, published versions; may be absent), the `ADMIN_TOKENS` secret, the `CORS_ORIGINS` var. */
export type Bindings = Partial<Env> & { ADMIN_TOKENS?: string; CORS_ORIGINS?: string };

/** Per-request variables: the request id; on a publication the admitted caller's token label and the body's hash (for the audit). */
export type AppEnv = { Bindings: Bindings; Variables: RequestIdVariables & { publisher?: string; bodyHash?: string } };
