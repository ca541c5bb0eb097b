/** The figures computed from the answers (size class, R&D intensity, shares, scores). */
import type { MatchResult } from "../../engine/result.js";
import { factLabel, factValue } from "../format.js";
import type { Lang } from "../i18n.js";

const SHOWN = ["sizeClass", "enterpriseAgeDays", "rdIntensity3y", "rdDomesticShare3y", "techStaffShare", "highTechRevenueShare", "ipItemCount", "tsmeScore", "rdSuperDeductionRate"];

export function Derived({ result, lang }: { result: MatchResult; lang: Lang }) {
  const shown = SHOWN.filter((name) => result.derived[name] !== undefined);
  if (!shown.length) return null;
  return (
    <dl class="facts">
      {shown.map((name) => <><dt>{factLabel(name, lang)}</dt><dd data-derived={name}>{factValue(name, result.derived[name], lang)}</dd></>)}
    </dl>
  );
}
