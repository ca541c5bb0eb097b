/** Coverage reports (src/engine/coverage.ts) as terminal tables (cli-table3) and the list of what no case exercises (✗; – a side no profile can reach). */
import Table from "cli-table3";
import type { Tally, ThresholdCoverage, VersionCoverage } from "../../engine/coverage.js";
import type { Side } from "../../engine/coverage-lines.js";

const tally = (t: Tally) => `${t.covered}/${t.total}`;
const pct = (p: number) => `${p.toFixed(1)} %`;
const mark = (t: ThresholdCoverage, side: Side) => (t.impossible.includes(side) ? "–" : t[side].length > 0 ? "✓" : "✗");

/** The lines for one version: its measures, then every condition outcome and threshold side no case reaches. */
function versionText(v: VersionCoverage): string[] {
  const table = new Table({ head: ["measure", "conditions (true, false)", "thresholds (at, below, above)", "covered"], style: { head: [], border: [] } });
  for (const m of v.measures) table.push([m.measureId, tally(m.outcomes), tally(m.points), pct(m.percent)]);
  const conditions = v.conditions.filter((c) => c.seenTrue.length === 0 || c.seenFalse.length === 0).map((c) =>
    `  ${c.pointer} ${c.text}: ${c.seenTrue.length || c.seenFalse.length ? `never ${c.seenTrue.length ? "false" : "true"}` : "never reached"}`);
  const thresholds = v.thresholds.filter((t) => (["at", "below", "above"] as const).some((side) => mark(t, side) === "✗")).map((t) =>
    `  ${t.pointer} ${t.fact} ${t.line} (step ${t.step}${t.unit ? ` ${t.unit}` : ""}): at ${mark(t, "at")} just below ${mark(t, "below")} just above ${mark(t, "above")}`);
  return [
    `${v.id} ${v.version} (effective ${v.effectiveFrom}): ${v.cases.length} cases, ${pct(v.percent)} covered — conditions ${tally(v.outcomes)} outcomes, thresholds ${tally(v.points)} points`,
    ...v.skipped.map((s) => `  skipped ${s.file}: ${s.reason}`),
    table.toString(),
    ...(conditions.length ? ["conditions not seen both true and false:", ...conditions] : []),
    ...(thresholds.length ? ["thresholds without a case at, just below and just above the line:", ...thresholds] : []),
  ];
}

/** Every version's report, then a summary line per version. */
export function coverageText(reports: readonly VersionCoverage[]): string[] {
  return [
    ...reports.flatMap((v) => [...versionText(v), ""]),
    "coverage:",
    ...reports.map((v) => `  ${v.id} ${v.version}: ${pct(v.percent)} (${v.cases.length} cases)`),
  ];
}
