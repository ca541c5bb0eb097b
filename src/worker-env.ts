/**
 * What the Worker's entry points — the app (src/http) and the queue consumer (src/jobs) — are
 * given: their dependencies and the Worker's bindings. Neither entry imports the other.
 */
import type { JobMessage } from "./jobs/messages.js";
import type { Catalog } from "./ruleset/catalog.js";

/** What the app needs from outside: the rule-set catalog (bundled and published versions). */
export interface AppDeps {
  /** the catalog for a request: bundled versions, plus those published to `db` when bound; expected to cache */
  catalog: (db?: D1Database) => Promise<Catalog>;
  /** today's date, ISO in Asia/Shanghai (injected for tests) */
  today: () => string;
}

/**
 * Worker bindings: `DB` (D1: published versions and dossiers; may be absent), `JOBS` (the jobs
 * queue, src/jobs/), `SCREENINGS` (R2: asynchronous screenings, src/screening/), the secrets
 * `ADMIN_TOKENS` and `RECEIPT_SIGNING_KEY` (Ed25519 private key, JWK or PKCS#8: docs/dossiers.md),
 * the vars `CORS_ORIGINS`, `RECEIPT_RETIRED_KEYS` (JSON array of public JWKs still published)
 * and `DOSSIER_RETENTION_DAYS` (whole days; default 1095).
 */
export type Bindings = Partial<Omit<Env, "DOSSIER_RETENTION_DAYS" | "RECEIPT_RETIRED_KEYS" | "JOBS">> & {
  JOBS?: Queue<JobMessage>;
  ADMIN_TOKENS?: string;
  CORS_ORIGINS?: string;
  RECEIPT_SIGNING_KEY?: string;
  RECEIPT_RETIRED_KEYS?: string;
  DOSSIER_RETENTION_DAYS?: string;
};
