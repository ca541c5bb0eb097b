/**
 * Screening time: generate a seeded register of `count` enterprises, then time
 * `npm run screen` on it (wall time of the whole command, start-up included).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tsx = (args: string[]) => execFileSync(process.execPath, ["--import", "tsx", ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CI: "true" } });

/** @returns the number of enterprises and the seconds the screen took */
export async function benchScreen(count: number, asOf: string): Promise<{ enterprises: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), "policy-match-screen-"));
  try {
    const register = join(dir, "register.jsonl");
    tsx(["scripts/generate-register.ts", "--seed", "1", "--count", String(count), "--out", register]);
    const t0 = performance.now();
    tsx(["src/cli/screen.ts", register, "--out", join(dir, "screened.jsonl"), "--as-of", asOf]);
    return { enterprises: count, seconds: Math.round((performance.now() - t0) / 10) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
