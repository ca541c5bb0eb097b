import { coverage, casesOf } from "./src/engine/coverage.js";
import { diskCatalog, loadCases } from "./src/cli/rules/files.js";
const catalog = await diskCatalog(".");
const { cases } = loadCases(".", "baotou-rare-earth-hi-tech-zone");
const infos = catalog.summaries();
for (const s of infos) {
  const v = catalog.resolve({ id: s.id, version: s.version, asOf: "2100-01-01" });
  const cov = coverage(v.ruleset, casesOf(cases, s, infos));
  console.log(s.version, cov.cases.length, "cases", cov.skipped.length, "skipped", cov.outcomes, cov.points, cov.percent + "%");
  if (s.version === "2025.2.0") {
    for (const m of cov.measures) console.log("  ", m.measureId.padEnd(38), m.outcomes, m.points, m.percent);
    for (const t of cov.thresholds) console.log("  T", t.pointer.padEnd(44), t.fact, t.operator, t.line, t.at.length, t.below.length, t.above.length);
    for (const c of cov.conditions.filter(c => !c.seenTrue.length || !c.seenFalse.length)) console.log("  C", c.pointer.padEnd(44), c.text, c.seenTrue.length, c.seenFalse.length);
  }
}
