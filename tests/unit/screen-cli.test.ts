/**
 * The commands as a person runs them (`npm run register:generate`, `npm run screen`): files
 * written, the summary on stderr, and the exit codes (0 done even with bad rows, 2 bad
 * arguments or files, 3 no rule-set version).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTsx as run } from "../support/run-tsx.js";

const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));
const screen = (...args: string[]) => run("src/cli/screen.ts", args);

describe("register:generate and screen", () => {
  it("generates a CSV register and screens it: exit 0 with bad rows, every row in the output, a summary on stderr", { timeout: 30_000 }, async () => {
    const register = join(dir, "register.csv"), out = join(dir, "out.jsonl");
    const gen = await run("scripts/generate-register.ts", ["--seed", "5", "--count", "400", "--out", register]);
    expect(gen.code, gen.stderr).toBe(0);
    expect(readFileSync(register, "utf8").split("\n")[0]).toMatch(/^creditCode,name,/);
    const r = await screen(register, "--out", out, "--as-of", "2025-06-30");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/screened 400 rows of .*register\.csv against baotou-rare-earth-hi-tech-zone 2025\.2\.0 on 2025-06-30/);
    expect(r.stderr).toMatch(/budget: payments [\d,.]+ · tax savings/);
    expect(r.stderr).toMatch(/screened 400 of ~400 rows \(100 %\)/); // not a terminal: a line per 10 %
    const records = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(records.filter((x) => x.type === "enterprise" || x.type === "error")).toHaveLength(400);
    expect(records.filter((x) => x.type === "error").length).toBeGreaterThanOrEqual(4);
  });

  it("exits 2 on bad arguments, an unreadable input or a refused header; 3 when no version answers", { timeout: 30_000 }, async () => {
    const header = join(dir, "bad.csv");
    writeFileSync(header, "creditCode,revenue\n");
    const [noArgs, missing, badDate, badHeader, noVersion, noneInForce] = await Promise.all([
      screen(),
      screen(join(dir, "nope.jsonl"), "--out", join(dir, "o1.jsonl")),
      screen(header, "--out", join(dir, "o2.jsonl"), "--as-of", "2025-02-30"),
      screen(header, "--out", join(dir, "o3.jsonl"), "--as-of", "2025-06-30"),
      screen(header, "--out", join(dir, "o4.jsonl"), "--version", "1999.1.0"),
      screen(header, "--out", join(dir, "o5.jsonl"), "--as-of", "2020-01-01"),
    ]);
    expect([noArgs.code, missing.code, badDate.code, badHeader.code, noVersion.code, noneInForce.code]).toEqual([2, 2, 2, 2, 3, 3]);
    expect(noArgs.stderr).toMatch(/^give one register file\nusage: npm run screen/);
    expect(missing.stderr).toMatch(/nope\.jsonl: cannot read/);
    expect(badHeader.stderr).toMatch(/"revenue": unknown column/);
    expect(noVersion.stderr).toMatch(/no version "1999\.1\.0"/);
  });
});
