/** The Worker bundle's gzip size in bytes, from `wrangler deploy --dry-run` (offline, no account). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function bundleGzipBytes(): number {
  const out = mkdtempSync(join(tmpdir(), "policy-match-bundle-"));
  try {
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], {
      stdio: "ignore", env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_HIDE_BANNER: "true" },
    });
    return gzipSync(readFileSync(join(out, "index.js")), { level: 9 }).length;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
