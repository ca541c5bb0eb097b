/** The headline: how many measures apply and what they add up to, by kind of money. */
import type { MatchResult } from "../../engine/result.js";
import { amountText } from "../format.js";
import { bi, type Lang } from "../i18n.js";

const ROWS = [
  ["payment", bi("补贴和奖励", "Subsidies and awards")],
  ["taxSaving", bi("预计减免税额", "Estimated tax saving")],
  ["creditLine", bi("授信额度", "Credit line")],
  ["interestSubsidy", bi("贷款贴息", "Interest subsidy")],
] as const;

export function Totals({ result, lang }: { result: MatchResult; lang: Lang }) {
  const en = lang === "en";
  const eligible = result.measures.filter((m) => m.status === "eligible" && !m.received).length;
  return (
    <>
      <ul class="totals">
        <li class="total total-count">
          <span class="total-label">{en ? "Measures you qualify for" : "符合条件的政策"}</span>
          <span class="total-value" data-total="eligible">{en ? String(eligible) : `${eligible} 项`}</span>
        </li>
        {ROWS.filter(([key]) => result.totals[key] > 0).map(([key, label]) => (
          <li class="total">
            <span class="total-label">{label[lang]}</span>
            <span class="total-value" data-total={key}>{amountText(result.totals[key], lang)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{en
        ? "Totals count eligible measures only; indicative amounts, measures that cannot be combined with a larger one and support already received are left out."
        : "合计只计入符合条件的政策；仅供参考的金额、因不可叠加而未选用的政策和本期已享受的政策不计入。"}</p>
    </>
  );
}
