/**
 * Measures one by one and as a list (DESIGN.md "Rule files and versions"): unique ids and
 * channel ids, channels that exist, a source and an evidence grade on every measure, a
 * validity window in order and not lapsed, and cases that test the measure.
 */
import { addDays } from "../../profile/index.js";
import type { JsonPath } from "../pointer.js";
import { compareVersions } from "../version.js";
import { lintEngineKeys } from "./engine-keys.js";
import type { Collector } from "./finding.js";
import { asArray, asObject, asString, has, type Obj } from "./json.js";
import type { LintContext } from "./context.js";

/** Reports ids that occur twice in a list of raw objects (the second and later occurrences). */
function duplicates(items: unknown[], base: string, rule: "duplicate-measure" | "duplicate-channel", c: Collector): void {
  const seen = new Map<string, number>();
  items.forEach((x, i) => {
    const id = asString(asObject(x)?.id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else c.report(rule, [base, i, "id"], `duplicate ${base === "measures" ? "measure" : "channel"} id "${id}" (also /${base}/${first}/id): ids are unique within a version`);
  });
}

/**
 * Lints the measures of a raw rule set.
 * @param root the posted JSON object; @param ctx `today` for lapsed validity, `others` for the
 *        end of this version's period, `measuresWithCases` for measures without cases
 */
export function lintMeasures(root: Obj, ctx: LintContext, c: Collector): void {
  const measures = asArray(root.measures);
  duplicates(measures, "measures", "duplicate-measure", c);
  duplicates(asArray(root.channels), "channels", "duplicate-channel", c);
  const channels = new Set(asArray(root.channels).map((ch) => asString(asObject(ch)?.id)));
  const lastDay = versionLastDay(root, ctx);
  measures.forEach((raw, i) => {
    const m = asObject(raw);
    if (!m) return;
    const path: JsonPath = ["measures", i];
    lintEngineKeys(m, path, c, "measure");
    if (!has(m, "source")) {
      c.report("missing-source", [...path, "source"], `measure "${m.id}" has no "source": cite the document it encodes { "title", "issuer", "number", "date", "url", "clause" } (policy/SOURCES.md)`);
    } else {
      const src = asObject(m.source);
      if (src && !has(src, "number") && !has(src, "note")) {
        c.report("source-unidentified", [...path, "source"], `the source has neither a document "number" nor a "note": say where the text was seen (e.g. "包头日报 2022-08-10")`);
      }
    }
    if (!has(m, "evidence")) {
      c.report("missing-evidence", [...path, "evidence"], `measure "${m.id}" has no "evidence": grade its source V-gov, V, V1 (verified), M (widely stated) or U (unverified) as in policy/SOURCES.md`);
    }
    asArray(m.channels).forEach((ch, j) => {
      if (typeof ch === "string" && !channels.has(ch)) c.report("unknown-channel", [...path, "channels", j], `opens channel "${ch}", which the rule set's "channels" does not define`);
    });
    validity(m, path, ctx.today, lastDay, c);
    const id = asString(m.id);
    if (id && ctx.measuresWithCases && !ctx.measuresWithCases.has(id)) {
      c.report("measure-without-cases", [...path, "id"], `no case tests "${id}": add cases (in a draft, its "cases"; in the repository, fixtures/cases/${id}/ or rules/<id>/cases/), at least one eligible and one not (docs/rules.md, "Cases")`);
    }
  });
}

/** The last day this version answers by asOf: the day before the next version of the same id takes effect (none: open-ended). */
function versionLastDay(root: Obj, ctx: LintContext): string | undefined {
  const from = asString(root.effectiveFrom), version = asString(root.version);
  if (!from || !version) return undefined;
  const next = (ctx.others ?? [])
    .filter((o) => o.id === root.id && (o.effectiveFrom > from || (o.effectiveFrom === from && compareVersions(o.version, version) > 0)))
    .map((o) => o.effectiveFrom)
    .sort()[0];
  return next === undefined ? undefined : addDays(next, -1);
}

function validity(m: Obj, path: JsonPath, today: string | undefined, lastDay: string | undefined, c: Collector): void {
  const from = asString(m.validFrom), to = asString(m.validTo);
  if (from && to && to < from) {
    c.report("validity-order", [...path, "validTo"], `validTo ${to} is before validFrom ${from}: the measure could never apply`);
  }
  if (to && today && to < today && (lastDay === undefined || to < lastDay)) {
    c.report("lapsed-measure", [...path, "validTo"],
      `validity ended on ${to}, before today (${today}): from ${addDays(to, 1)} on, this version reports the measure ineligible — extend validTo if the policy was renewed, or drop the measure from the next version`);
  }
}
