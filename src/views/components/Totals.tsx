/**
 * The headline: how many measures the firm can apply for (not indicative, not set aside for a
 * better rival, a fast track counted as the channel it opens, never twice), how many fast
 * tracks are open, and what the counted measures add up to, by kind of money.
 */
import type { MatchResult } from "../../engine/result.js";
import { amountText } from "../format.js";
import { bi, type Lang } from "../i18n.js";
import type { EligibleGroups } from "../result-groups.js";

const ROWS = [
  ["payment", bi("补贴和奖励", "Subsidies and awards")],
  ["taxSaving", bi("预计减免税额", "Estimated tax saving")],
  ["creditLine", bi("授信额度", "Credit line")],
  ["interestSubsidy", bi("贷款贴息", "Interest subsidy")],
] as const;

export function Totals({ result, groups, lang }: { result: MatchResult; groups: EligibleGroups; lang: Lang }) {
  const en = lang === "en";
  const count = (n: number) => (en ? String(n) : `${n} 项`);
  return (
    <>
      <ul class="totals">
        <li class="total total-count">
          <span class="total-label">{en ? "Measures you can apply for" : "可以申请的政策"}</span>
          <span class="total-value" data-total="apply">{count(groups.apply.length)}</span>
        </li>
        {result.channels.length > 0 && (
          <li class="total total-count">
            <span class="total-label">{en ? "Fast tracks opened" : "已开通的绿色通道"}</span>
            <span class="total-value" data-total="channels">{count(result.channels.length)}</span>
          </li>
        )}
        {ROWS.filter(([key]) => result.totals[key] > 0).map(([key, label]) => (
          <li class="total">
            <span class="total-label">{label[lang]}</span>
            <span class="total-value" data-total={key}>{amountText(result.totals[key], lang)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{en
        ? "Counted: the measures you can apply for. Indicative amounts, measures that cannot be combined with a better one, support already received for this period, and fast tracks (listed as the channels they open) are shown but not counted."
        : "计数和合计只包括可以申请的政策；仅供参考的金额、因不可叠加而未选用的政策、本期已享受的政策，以及绿色通道（列在“已开通的绿色通道”中）只作展示，不计入。"}</p>
    </>
  );
}
