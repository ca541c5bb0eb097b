/**
 * `npm run bench [-- --json]`: how fast policy-match is, measured in one run against baselines
 * measured in the same run (these machines are noisy; compare within a run, not across runs).
 * - evaluator cost per profile (µs, median of rounds) on the bundled rule set and on generated
 *   sets of 200 and 1000 rules: ours (deciding), ours with the trace, json-rules-engine, baseline;
 * - HTTP requests/s and p99 of /v1/match against /healthz (@hono/node-server + autocannon);
 * - the Worker bundle's gzip size; the time to screen a 24,800-enterprise register, and to
 *   measure a draft's impact on it (two versions per firm) against that screen;
 * - memory under load: the Worker's workerd RSS and V8 heap over 50,000 match requests, against
 *   a trivial Worker's RSS over as many (memory.ts);
 * - asynchronous screening through the jobs queue in local workerd: 10,000 firms with 1, 2 and
 *   4 consumers, and the time per 10,000 firms (queues.ts), against the CLI's screen above.
 * Fixed sample sizes; about eight minutes. With --json, stdout carries only the JSON object.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseOrFail } from "../../src/cli/args.js";
import { bundledCatalog, DEFAULT_RULESET_ID } from "../../src/ruleset/bundled.js";
import { RuleSet } from "../../src/ruleset/schema.js";
import { completeProfile } from "../../tests/support/complete-profile.js";
import { bundleGzipBytes } from "./bundle.js";
import { benchEvaluators, type EvaluatorCosts } from "./evaluators.js";
import { benchHttp } from "./http.js";
import { benchMemory } from "./memory.js";
import { syntheticRuleSet } from "./rules.js";
import { benchQueues } from "./queues.js";
import { benchScreen } from "./screen.js";

const { values } = parseOrFail({ json: { type: "boolean", default: false }, "http-seconds": { type: "string", default: "5" } }, {
  usage: "npm run bench [-- --json] [--http-seconds <s>]",
  about: "Measures how fast policy-match is against baselines measured in the same run (evaluators, HTTP, bundle size, screening a register); about three minutes. docs/speed.md.",
  options: [
    ["--json", "print only the JSON object on stdout"],
    ["--http-seconds <s>", "seconds of each HTTP load (default 5)"],
    ["-h, --help", "print this help"],
  ],
  exit: "0 done; 2 bad arguments",
});
const log = (s: string) => process.stderr.write(s + "\n");
const ASOF = "2025-06-30";

const profiles = fc.sample(completeProfile, { numRuns: 2000, seed: 20251129 });
const bundled = (await bundledCatalog()).resolve({ id: DEFAULT_RULESET_ID, asOf: ASOF }).ruleset;

log("evaluators: bundled rule set…");
const evaluator: Record<string, EvaluatorCosts> = {};
evaluator.bundled = await benchEvaluators(bundled, profiles, ASOF, 7, 200);
log("evaluators: 200 generated rules…");
evaluator.rules200 = await benchEvaluators(RuleSet.parse(syntheticRuleSet(200, 200)), profiles.slice(0, 1000), ASOF, 7, 30);
log("evaluators: 1000 generated rules…");
evaluator.rules1000 = await benchEvaluators(RuleSet.parse(syntheticRuleSet(1000, 1000)), profiles.slice(0, 300), ASOF, 5, 10);

log("http…");
const profile = JSON.parse(readFileSync(new URL("../../fixtures/profiles/servo-motor-maker-hnte-score-70.json", import.meta.url), "utf8"));
const http = await benchHttp(JSON.stringify({ profile, asOf: ASOF }), Number(values["http-seconds"]));

log("bundle…");
const bundleGzip = bundleGzipBytes();

log("screening 24,800 enterprises…");
const screen = await benchScreen(24_800, ASOF);

log("memory under load (50,000 match requests in workerd)…");
const memory = await benchMemory(50_000, log);

log("asynchronous screening of 10,000 enterprises through the queue, 1, 2 and 4 consumers…");
const queues = await benchQueues(10_000, [1, 2, 4], ASOF, log);

const result = { evaluator, http, screen, bundleGzipBytes: bundleGzip, memory, queues };
if (values.json) {
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  const row = (name: string, c: EvaluatorCosts) =>
    `${name.padEnd(10)} ours ${c.ours.toFixed(1).padStart(8)} µs (${(c.ours / c.baseline).toFixed(1)}× baseline) · with trace ${c.oursTrace.toFixed(1).padStart(8)} µs (${(c.oursTrace / c.baseline).toFixed(1)}×) · explained ${c.oursExplained.toFixed(0).padStart(7)} µs · json-rules-engine ${c.reference.toFixed(0).padStart(7)} µs · baseline ${c.baseline.toFixed(1).padStart(7)} µs`;
  console.log("per profile (median):");
  for (const [k, c] of Object.entries(evaluator)) console.log("  " + row(k, c));
  const pct = (rps: number) => `${((100 * rps) / http.healthRps).toFixed(1)} % of /healthz`;
  console.log(`http: /healthz ${http.healthRps} req/s`);
  console.log(`  /v1/match (explained) ${http.matchRps} req/s, p99 ${http.matchP99Ms} ms: ${pct(http.matchRps)}`);
  console.log(`  /v1/match?explain=none ${http.decisionRps} req/s, p99 ${http.decisionP99Ms} ms: ${pct(http.decisionRps)}`);
  console.log(`  floor (body read and validation only) ${http.floorRps} req/s: ${pct(http.floorRps)}`);
  console.log(`screen: ${screen.enterprises} enterprises in ${screen.seconds.toFixed(2)} s`);
  console.log(`  impact of a draft (every firm under two versions): ${screen.impactSeconds.toFixed(2)} s, ${(screen.impactSeconds / screen.seconds).toFixed(2)}× the screen`);
  console.log(`queue: 10,000 enterprises screened asynchronously (POST /v1/screenings to every file assembled in R2); the CLI: ${((screen.seconds * 10_000) / screen.enterprises).toFixed(2)} s per 10,000`);
  for (const q of queues) console.log(`  ${q.consumers} consumer${q.consumers > 1 ? "s" : " "}: ${q.seconds.toFixed(2)} s, ${q.firmsPerSecond} firms/s, ${q.secondsPer10k.toFixed(2)} s per 10,000`);
  console.log(`worker bundle: ${(bundleGzip / 1024).toFixed(1)} KiB gzip`);
  const [first, last] = [memory.samples[0]!, memory.samples.at(-1)!];
  const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
  console.log(`memory, ${memory.requests} match requests in ${memory.seconds.toFixed(0)} s: workerd RSS ${mib(first.rssKiB)} → ${mib(last.rssKiB)} (a trivial Worker, as many requests: ${mib(first.baselineRssKiB)} → ${mib(last.baselineRssKiB)}); V8 heap floor by round: ${memory.samples.map((s) => (s.heapFloorKiB / 1024).toFixed(0)).join(", ")} MiB`);
}
