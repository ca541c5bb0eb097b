/**
 * The version among the others of its rule set (DESIGN.md "Rule files and versions",
 * "Resolution"): without `version`, the version with the latest `effectiveFrom` ≤ asOf answers,
 * and on equal dates the higher number. So a version is never selected by asOf when another
 * takes effect the same day with a higher number (an error: nobody would get its answers
 * without pinning it), and it silences the others of its day with lower numbers (a warning: on
 * purpose for a correction, by mistake otherwise). Versions are immutable: a number that exists
 * cannot be used again. Numbers should grow with effectiveFrom (a warning otherwise). A version
 * no case tests — none pins it, none is dated in its period — passes `rules:test` with every
 * case green while nothing checks it (`version-without-cases`).
 */
import { answeredBy } from "../resolution.js";
import { compareVersions } from "../version.js";
import type { LintContext } from "./context.js";
import type { Collector } from "./finding.js";
import { asString, type Obj } from "./json.js";

/**
 * Lints a raw rule set's `version` and `effectiveFrom` against `ctx.others`.
 * @param root the posted JSON object
 */
export function lintVersions(root: Obj, ctx: LintContext, c: Collector): void {
  const id = asString(root.id), version = asString(root.version), from = asString(root.effectiveFrom);
  if (!id || !version || !from || !/^\d+\.\d+\.\d+$/.test(version)) return;
  const others = (ctx.others ?? []).filter((o) => o.id === id);
  for (const o of others) {
    const cmp = compareVersions(o.version, version);
    if (cmp === 0) {
      c.report("duplicate-version", ["version"], `${id} ${version} exists already (effective ${o.effectiveFrom}): a version never changes once it exists — give this one a new number`);
    } else if (o.effectiveFrom === from && cmp > 0) {
      c.report("unreachable-version", ["effectiveFrom"],
        `asOf resolution can never select ${version}: ${o.version} takes effect the same day (${from}) and the higher number wins — give ${version} another effectiveFrom, or a number above ${o.version}`);
    } else if (o.effectiveFrom === from) {
      c.report("shadows-version", ["effectiveFrom"], `${version} takes effect the same day as ${o.version} (${from}) and, being higher, replaces it on every date: ${o.version} stays reachable only by pinning it`);
    } else if ((cmp > 0) !== (o.effectiveFrom > from)) {
      c.report("version-order", ["effectiveFrom"],
        `${o.version}, a ${cmp > 0 ? "higher" : "lower"} number than ${version}, takes effect ${cmp > 0 ? "earlier" : "later"} (${o.effectiveFrom}, against ${from}): numbers should grow with effectiveFrom`);
    }
  }
  if (ctx.cases) {
    const self = { id, version, effectiveFrom: from };
    if (!ctx.cases.some((q) => answeredBy(q, self, others))) {
      const next = others.filter((o) => o.effectiveFrom > from || (o.effectiveFrom === from && compareVersions(o.version, version) > 0)).map((o) => o.effectiveFrom).sort()[0];
      c.report("version-without-cases", ["version"],
        `no case tests ${id} ${version}: none pins "version": "${version}" and none has an asOf from ${from}${next ? ` to before ${next}` : " on"} — add cases (in a draft, its "cases"; in the repository, fixtures/cases or rules/${id}/cases) with the amounts worked out from the source (docs/rules.md, "Cases")`);
    }
  }
}
