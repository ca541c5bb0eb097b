import { defineConfig } from "vitest/config";

/**
 * End-to-end tests of the web form in real Chromium (`npm run test:e2e`), apart from `npm test`
 * so that it runs on any machine with Node. tests/e2e/global-setup.ts starts the Worker with
 * `wrangler dev` (workerd, offline) on a free loopback port; the tests drive Debian's
 * /usr/bin/chromium with playwright-core.
 */
export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["./tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
