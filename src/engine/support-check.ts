/**
 * What a support record may say (docs/dossiers.md, "Support received"): checked when the firm
 * or the concierge enters one (`POST /v1/dossiers/{creditCode}/support`, the dossier page), so
 * a record that could never count — a typo in the measure, a designation, a yearly grant
 * without its year, a grant for a year to come — is refused with its field instead of being
 * stored and silently ignored by every decision (src/engine/received.ts reads them).
 */
import type { Bilingual, SupportRecord } from "../profile/index.js";
import type { Measure } from "../ruleset/schema.js";

/** A refusal: the record's field and why, in both languages. */
export interface SupportProblem {
  field: "measureId" | "fiscalYear";
  message: Bilingual;
}

const quoted = (m: Measure) => ({ zh: `「${m.title["zh-CN"]}」`, en: `"${m.title.en}"` });

/**
 * @param record a SupportRecord (already valid by its schema)
 * @param measures the rule set's measures by id (Catalog.measuresOf: every version's)
 * @returns the problems, none when the record can be stored
 */
export function supportProblems(record: SupportRecord, measures: ReadonlyMap<string, Measure>): SupportProblem[] {
  const m = measures.get(record.measureId);
  if (!m) {
    const known = [...measures.values()].filter((x) => x.period).map((x) => x.id).join(", ");
    return [{ field: "measureId", message: {
      "zh-CN": `没有编号为 ${record.measureId} 的政策；可以记录的政策：${known}`,
      en: `there is no measure ${record.measureId}; the measures support can be recorded for: ${known}`,
    } }];
  }
  const t = quoted(m);
  if (!m.period) {
    return [{ field: "measureId", message: {
      "zh-CN": `${t.zh}是资格认定或服务，不是发放的支持，无需记录`,
      en: `${t.en} is a designation or a service, not support paid out: there is nothing to record`,
    } }];
  }
  const year = record.fiscalYear;
  if (m.period === "once" && year !== undefined) {
    return [{ field: "fiscalYear", message: { "zh-CN": `${t.zh}是一次性奖励，请不要填写会计年度`, en: `${t.en} is a one-off award: leave the fiscal year out` } }];
  }
  if (m.period === "fiscal-year" && year === undefined && record.status !== "applied") {
    return [{ field: "fiscalYear", message: { "zh-CN": `${t.zh}按年度享受，请填写所属会计年度，例如 2024`, en: `${t.en} is granted per fiscal year: say which, e.g. 2024` } }];
  }
  if (year !== undefined && year > Number(record.date.slice(0, 4))) {
    return [{ field: "fiscalYear", message: {
      "zh-CN": `${record.date} 的记录不能属于 ${year} 年度：某年度的支持在该年度或其后才会申请、获批或到账`,
      en: `a record dated ${record.date} cannot be for fiscal ${year}: a year's support is applied for, granted or paid in that year or later`,
    } }];
  }
  return [];
}
