/**
 * The income tax computed once for the package (the answer's `incomeTax`): a short table a
 * finance manager can check by hand — taxable income before and after the deductions, the tax
 * without and with the incentives, the saving and each incentive's share (those already received
 * marked: the totals leave them out) — then the working.
 */
import { incomeTaxHeading } from "../../engine/income-tax/result.js";
import type { MatchResult } from "../../engine/result.js";
import { percent } from "../../engine/format.js";
import { amountText } from "../format.js";
import type { Lang } from "../i18n.js";

export function IncomeTax({ result, lang, titleOf }: { result: MatchResult; lang: Lang; titleOf: (id: string) => string }) {
  const t = result.incomeTax;
  if (!t) return null;
  const en = lang === "en";
  const money = (v: number | null) => (v === null ? (en ? "to be settled" : "待确定") : amountText(v, lang));
  const rate = percent(t.generalRate);
  const regime = t.regime ? titleOf(t.regime) : en ? `the general rate of ${rate}` : `一般税率 ${rate}`;
  const counted = t.shares.filter((s) => s.counted || s.amount === null);
  const further = t.shares.filter((s) => !s.counted && s.amount !== null);
  const row = (label: string, value: string, key?: string) => (
    <tr data-income-tax={key}><th scope="row">{label}</th><td>{value}</td></tr>
  );
  return (
    <>
      <table class="tax-table">
        <caption>{incomeTaxHeading(t.fiscalYear)[lang]}</caption>
        <tbody>
          {row(en ? "Taxable income before incentives" : "优惠前应纳税所得额", amountText(t.taxableIncomeBeforeIncentives, lang), "before")}
          {row(en ? "less deductions (R&D super-deduction…)" : "减：加计扣除等", amountText(t.deductions, lang), "deductions")}
          {row(en ? "Taxable income as filed" : "申报应纳税所得额", amountText(t.taxableIncome, lang), "income")}
          {row(en ? `Tax without incentives (${rate})` : `不享受优惠的应纳税额（${rate}）`, amountText(t.taxWithoutIncentives, lang), "without")}
          {row(en ? `Tax with incentives (${regime})` : `享受优惠后的应纳税额（${regime}）`, amountText(t.taxWithIncentives, lang), "with")}
          {row(en ? "Saving" : "少缴税额", amountText(t.saving, lang), "saving")}
          {counted.map((s) => row(en ? `of which: ${titleOf(s.measureId)}${s.received ? " (already received)" : ""}` : `其中：${titleOf(s.measureId)}${s.received ? "（本期已享受）" : ""}`, money(s.amount), s.measureId))}
          {further.map((s) => row(en ? `if confirmed, a further saving from: ${titleOf(s.measureId)}` : `如经确认，还可少缴：${titleOf(s.measureId)}`, money(s.amount), s.measureId))}
        </tbody>
      </table>
      <p class="basis"><span class="vh">{en ? "Working: " : "计算依据："}</span>{t.basis[lang]}</p>
    </>
  );
}
