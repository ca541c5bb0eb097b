/**
 * The budget of each measure under the replaced version and under the draft, as a bar chart
 * drawn on the server (SVG, no script: the console's CSP allows none). The budget is what the
 * zone and the state spend or forgo — payments, tax savings and interest subsidies, in 万元 —
 * credit lines (loans a bank grants) are left out of the bars and shown in the table.
 */
import type { MeasureImpact } from "../../engine/impact.js";
import type { Totals } from "../../engine/result.js";
import type { Lang } from "../i18n.js";

/** Payments + tax savings + interest subsidies, yuan. */
export const spend = (t: Totals) => t.payment + t.taxSaving + t.interestSubsidy;

/** Yuan as 万元 with at most one decimal and separators: 1234567 → "123.5". */
export const wanShort = (yuan: number) => (yuan / 10_000).toLocaleString("en-US", { maximumFractionDigits: 1 });

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function ImpactChart({ lang, measures }: { lang: Lang; measures: MeasureImpact[] }) {
  const en = lang === "en";
  const shown = measures.filter((m) => spend(m.budgetBefore) > 0 || spend(m.budgetAfter) > 0);
  if (shown.length === 0) return <p>{en ? "No measure pays or saves anything on this register." : "在此企业名录上，没有措施产生资金支出或税收优惠。"}</p>;
  const max = Math.max(...shown.flatMap((m) => [spend(m.budgetBefore), spend(m.budgetAfter)]));
  const [label, bars, value, row, bar] = [250, 380, 110, 40, 14];
  const width = label + bars + value;
  const height = shown.length * row + 10;
  const len = (y: number) => (max > 0 ? Math.max(y > 0 ? 1 : 0, Math.round((y / max) * bars)) : 0);
  const title = en ? "Budget by measure, 10,000 yuan (万元): before and with the draft" : "各措施预算（万元）：现行版本与草案";
  return (
    <svg class="chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width={width} height={height} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      {shown.map((m, i) => {
        const y = 5 + i * row;
        const [b, a] = [spend(m.budgetBefore), spend(m.budgetAfter)];
        return (
          <g>
            <text x={label - 8} y={y + bar + 4} text-anchor="end">{clip(m.title[lang], en ? 36 : 18)}</text>
            <rect class="bar-before" x={label} y={y} width={len(b)} height={bar}><title>{`${m.measureId}: ${wanShort(b)}`}</title></rect>
            <rect class="bar-after" x={label} y={y + bar + 2} width={len(a)} height={bar}><title>{`${m.measureId}: ${wanShort(a)}`}</title></rect>
            <text x={label + len(b) + 6} y={y + bar - 3}>{wanShort(b)}</text>
            <text x={label + len(a) + 6} y={y + 2 * bar - 1}>{wanShort(a)}</text>
          </g>
        );
      })}
    </svg>
  );
}
