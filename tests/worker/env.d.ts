/** Bindings the worker tests add (vitest.config.ts). */
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: { name: string; queries: string[] }[];
    ADMIN_TOKENS: string;
    RECEIPT_SIGNING_KEY: string;
    /** an empty database, migrated by the tests themselves (vitest.config.ts) */
    MIGRATION_DB: D1Database;
  }
}
