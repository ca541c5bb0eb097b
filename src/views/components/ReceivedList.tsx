/** The measures already received for the period of the result: the record that received each, not an opportunity. */
import type { MeasureResult } from "../../engine/result.js";
import { amountText, dateText } from "../format.js";
import { bi, type Lang } from "../i18n.js";

const STATUS = { granted: bi("已获批", "granted"), paid: bi("已到账", "paid") } as const;

export function ReceivedList({ measures, lang }: { measures: readonly MeasureResult[]; lang: Lang }) {
  const en = lang === "en";
  return (
    <>
      <p class="muted">{en
        ? "Recorded in your dossier as granted or paid for this period: not offered again, and left out of the totals."
        : "档案中已记录本期获批或到账：不再列为可申请政策，也不计入合计。"}</p>
      <ul class="received-list">
        {measures.map((m) => {
          const r = m.received!;
          return (
            <li data-measure={m.id} data-received={r.status}>
              <strong>{m.title[lang]}</strong>{en ? ": " : "："}
              {`${STATUS[r.status][lang]} ${dateText(r.date, lang)}`}
              {r.amount !== undefined && (en ? `, ${amountText(r.amount, lang)}` : `，${amountText(r.amount, lang)}`)}
              {r.fiscalYear !== undefined && (en ? `, for ${r.fiscalYear}` : `，${r.fiscalYear} 年度`)}
              {r.reference && (en ? `, ${r.reference}` : `，${r.reference}`)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
