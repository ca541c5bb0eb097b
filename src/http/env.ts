/** The Hono environment of the app: Worker bindings and per-request variables. */
import type { RequestIdVariables } from "hono/request-id";
import type { Catalog } from "../ruleset/catalog.js";

/** What the app needs from outside: the rule-set catalog (bundled versions). */
export interface AppDeps {
  /** resolves to the catalog; called per request, expected to cache */
  catalog: () => Promise<Catalog>;
  /** today's date, ISO in Asia/Shanghai (injected for tests) */
  today: () => string;
}

export type AppEnv = { Bindings: Env; Variables: RequestIdVariables };
