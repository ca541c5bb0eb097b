/**
 * Indicative measures — a model policy from elsewhere, or evidence M or U — are shown with
 * their amount but kept out of totals (DESIGN.md "Amounts").
 */
import type { Bilingual } from "../profile/index.js";
import type { Measure } from "../ruleset/schema.js";

/** Why a measure is indicative, or null when it is not. */
export function indicativeReason(m: Measure): Bilingual | null {
  if (m.modelPolicy) {
    return { "zh-CN": "其他地区的示范政策，包头尚无对应文件：仅供参考，不计入合计", en: "a model policy from another region with no Baotou counterpart yet: shown for reference, not counted in totals" };
  }
  if (m.evidence === "M" || m.evidence === "U") {
    return {
      "zh-CN": `政策依据未经原文核实（证据等级 ${m.evidence}）：仅供参考，不计入合计`,
      en: `the source has not been checked against the document (evidence ${m.evidence}): shown for reference, not counted in totals`,
    };
  }
  return null;
}
