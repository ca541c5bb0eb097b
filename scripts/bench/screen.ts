/**
 * Screening time: generate a seeded register of `count` enterprises, then time
 * `npm run screen` on it (wall time of the whole command, start-up included), and
 * `npm run rules:impact` of a draft on the same file — every firm decided under two versions,
 * the version the draft replaces and the draft — with the screen as its baseline.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { draftA } from "../../tests/support/drafts.js";

const tsx = (args: string[]) => execFileSync(process.execPath, ["--import", "tsx", ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });

/** Seconds a command takes, to the hundredth. */
function timed(args: string[]): number {
  const t0 = performance.now();
  tsx(args);
  return Math.round((performance.now() - t0) / 10) / 100;
}

/** @returns the number of enterprises, the seconds the screen took, and the seconds the impact of a draft took */
export async function benchScreen(count: number, asOf: string): Promise<{ enterprises: number; seconds: number; impactSeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), "policy-match-screen-"));
  try {
    const register = join(dir, "register.jsonl"), draft = join(dir, "draft.json");
    tsx(["scripts/generate-register.ts", "--seed", "1", "--count", String(count), "--out", register]);
    writeFileSync(draft, JSON.stringify(draftA()));
    const seconds = timed(["src/cli/screen.ts", register, "--out", join(dir, "screened.jsonl"), "--as-of", asOf]);
    const impactSeconds = timed(["src/cli/rules-impact.ts", draft, "--register", register]);
    return { enterprises: count, seconds, impactSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
