import { defineConfig } from "vitest/config";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";

/**
 * Two projects: `unit` runs in Node (profile, rule set, engine, CLI);
 * `worker` runs the HTTP layer inside workerd, as `wrangler dev` and Cloudflare do.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: {
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          // json-rules-engine is CommonJS and require()s an ESM-only build of jsonpath-plus;
          // without pre-bundling it, tests in workerd fail with "reading 'JSONPath'".
          deps: { optimizer: { ssr: { enabled: true, include: ["json-rules-engine"] } } },
        },
      },
      { test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] } },
    ],
  },
});
