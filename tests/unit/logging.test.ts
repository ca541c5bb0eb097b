/**
 * What the Worker writes to its logs (issue 15, "Privacy": profile data never appears in logs).
 * Every console call of the Worker's code (src/, the command-line tools apart: they write to
 * the person running them) is listed here with what it prints; a new one fails this test
 * until it is checked to print no body, profile, token or error message and added below.
 * tests/worker/privacy.test.ts watches the console of a whole dossier's life, failures included.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { errorTrace } from "../../src/log.js";

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const path = join(dir, f);
  return statSync(path).isDirectory() ? (path === join("src", "cli") ? [] : files(path)) : /\.tsx?$/.test(f) ? [path] : [];
});

/** Each call: file, then the call's text with white space collapsed. */
const CHECKED = [
  // ids and counts only
  ["src/http/app.ts", 'console.error("unexpected error", c.get("requestId"), errorTrace(err))'],
  ["src/http/pages.ts", 'console.error("form evaluation failed", c.get("requestId"), errorTrace(err))'],
  ["src/http/console.ts", 'console.error("console page failed", c.get("requestId"), errorTrace(err))'],
  // the message of a ReceiptKeyError, which is the service's own text about its secret (never the secret)
  ["src/http/receipt-key.ts", 'console.error("receipt key unusable", c.get("requestId"), e.message)'],
  ["src/http/receipt-key.ts", 'console.error("RECEIPT_RETIRED_KEYS is not a JSON array of public JWKs", c.get("requestId"))'],
  // rule sets and their publication, never a firm's data: ids, versions, the audit row of a publish attempt, D1's read error
  ["src/http/routes/publish-audit.ts", 'console.error("publish attempt not audited (the audit could not be written):", JSON.stringify(attempt), e)'],
  ["src/http/console-actions.ts", 'console.error("publish attempt not audited (the audit could not be written):", id, version, err)'],
  ["src/ruleset/live-catalog.ts", 'console.error("the published rule-set versions cannot be read; serving without them", e)'],
  ["src/ruleset/live-catalog.ts", "console.error(`stored rule set ${row.id} ${row.version} (seq ${row.seq}) cannot be loaded: ${v}`)"],
  ["src/ruleset/live-catalog.ts", "console.error(`published ${row.id} ${row.version} is shadowed by the bundled file of that version`)"],
  ["src/scheduled.ts", "console.log(`dossier retention (${days} days): ${deleted} deleted`)"],
  // the jobs queue: a job's type, attempt and error frames; a dead letter's queue, type and message id; a version and counts
  ["src/http/announce-published.ts", 'console.error("announcement failed", v.id, v.version, errorTrace(e))'],
  ["src/jobs/consumer.ts", 'console.error("job failed", dead ? "dead-letter" : parsed.success ? parsed.data.type : "unknown", msg.attempts, errorTrace(e))'],
  ["src/jobs/dead-letters.ts", 'console.error("dead letter", d.queue, d.job?.type ?? "unknown", d.messageId, d.attempts)'],
  ["src/scheduled.ts", "console.log(`announced ${a.rulesetId} ${a.version} (${a.kind}, on ${a.asOf}): ${a.dossiers} dossiers in ${a.batches} messages`)"],
];

describe("the Worker's logs", () => {
  it("every console call is one checked to print no data", () => {
    const calls = files("src").flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(/console\.\w+\((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*\)/g)].map((m) => [file, m[0].replace(/\s+/g, " ")]);
    });
    expect(calls.sort()).toEqual([...CHECKED].sort());
  });

  it("an error is logged as its name and frames, never its message", () => {
    const err = new SyntaxError('Unexpected token \'x\', "{"name":"包头某某有限公司"x" is not valid JSON');
    const trace = errorTrace(err);
    expect(trace).toMatch(/^SyntaxError \| at /);
    expect(trace).not.toContain("包头");
    expect(errorTrace(new Error("first line\nsecond line of the message"))).not.toContain("second line");
    expect(errorTrace("a string thrown")).toBe("string");
  });
});
