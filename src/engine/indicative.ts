/**
 * Indicative measures — a model policy from elsewhere, or a source graded M (widely cited, not
 * checked against the document) or U (no document found) — are shown with their amount but
 * kept out of totals (DESIGN.md "Amounts"). Their reason says so in plain words, never by the
 * grade's letter: the grades are the rule authors' shorthand (`evidence` in the rule file).
 */
import type { Bilingual } from "../profile/index.js";
import type { Measure } from "../ruleset/schema.js";

const NOT_COUNTED: Bilingual = { "zh-CN": "仅供参考，不计入合计", en: "shown for reference, not counted in totals" };

const REASONS: Partial<Record<Measure["evidence"], Bilingual>> = {
  M: {
    "zh-CN": "该政策的依据被广泛引用，但尚未与官方原文核对：金额为估算，请向办理部门确认",
    en: "this measure's source is widely cited but has not been checked against the official text: the amount is an estimate to confirm with the department",
  },
  U: {
    "zh-CN": "未找到该政策的官方原文：是否适用、金额多少，请向办理部门确认",
    en: "no official text of this measure could be found: confirm with the department whether it applies, and for how much",
  },
};

/** Why a measure is indicative, or null when it is not. */
export function indicativeReason(m: Measure): Bilingual | null {
  if (m.modelPolicy) {
    return { "zh-CN": `其他地区的示范政策，包头尚无对应文件：${NOT_COUNTED["zh-CN"]}`, en: `a model policy from another region with no Baotou counterpart yet: ${NOT_COUNTED.en}` };
  }
  const why = REASONS[m.evidence];
  return why ? { "zh-CN": `${why["zh-CN"]}；${NOT_COUNTED["zh-CN"]}`, en: `${why.en}; ${NOT_COUNTED.en}` } : null;
}
