import { defineConfig } from "vitest/config";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { TEST_ADMIN_TOKENS } from "./tests/support/officers.js";

/** The receipt signing key of the worker tests: an Ed25519 private JWK (a test fixture, not a secret). */
export const TEST_RECEIPT_KEY = JSON.stringify({ kty: "OKP", crv: "Ed25519", d: "sN1uSpElWHIZu7jlDjuinfvuMch21CH3GIJ_rCN5kNo", x: "tSK3_SGyNDsW4mlFeRMUFQ3WhV7bUpz_75Oc40Fu0o0" });

/**
 * Two projects: `unit` runs in Node (profile, rule set, engine, CLI);
 * `worker` runs the HTTP layer inside workerd, as `wrangler dev` and Cloudflare do, with a D1
 * database migrated from migrations/ before the tests (tests/worker/setup.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations("./migrations"), ADMIN_TOKENS: TEST_ADMIN_TOKENS, RECEIPT_SIGNING_KEY: TEST_RECEIPT_KEY },
              // a second, empty database on which tests apply the migrations step by step
              d1Databases: ["MIGRATION_DB"],
              // JOBS sends to a queue nothing consumes: a test runs the consumer itself on the
              // messages it means (tests/support/jobs.ts), so no test's publish re-decides another's dossiers
              queueProducers: { JOBS: { queueName: "policy-match-jobs-tests" } },
            },
          })),
        ],
        test: {
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          setupFiles: ["./tests/worker/setup.ts"],
          // in Node: a generated register screened by the CLI, for the asynchronous screening's byte-for-byte test
          globalSetup: ["./tests/worker/screen-cli-setup.ts"],
          // a guard against a hang, not a speed claim: the migration and property tests take a few
          // seconds alone and more on a loaded 2-core machine (speed: npm run bench)
          testTimeout: 30_000,
          // json-rules-engine is CommonJS and require()s an ESM-only build of jsonpath-plus;
          // without pre-bundling it, tests in workerd fail with "reading 'JSONPath'".
          deps: { optimizer: { ssr: { enabled: true, include: ["json-rules-engine"] } } },
        },
      },
      // Property tests compare thousands of generated cases with json-rules-engine: a guard against a
      // hang, not a speed claim (speed is shown by npm run bench), generous for a loaded machine.
      { test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 } },
    ],
  },
});
