/**
 * A draft's impact on an enterprise register (docs/staff.md, "Impact"): the register chosen
 * (synthetic, or one uploaded through the API), the firms that change, the budget by measure
 * as a chart and a table of gains and losses, and the CSV downloads of the firms behind them.
 * The numbers are src/engine/impact.ts's, those of `npm run screen -- --compare`.
 */
import type { RegisterImpact } from "../../engine/impact.js";
import type { Draft } from "../../review/draft.js";
import type { RegisterName } from "../../review/impact.js";
import type { Register } from "../../review/registers.js";
import type { Officer } from "../../review/roles.js";
import type { Lang } from "../i18n.js";
import { draftPath } from "./DraftsPage.js";
import { ImpactChart, spend, wanShort } from "./ImpactChart.js";
import { StaffLayout } from "./Layout.js";

/** The query of the impact page and its downloads (routes/review/impact.ts ImpactQuery). */
export interface ImpactChoice {
  register?: string | undefined;
  seed?: number | undefined;
  count?: number | undefined;
  asOf?: string | undefined;
}

/** `?a=1&b=x` of the values given (none: ""), for links that keep a page's choices. */
export const queryOf = (q: object) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q) as [string, unknown][]) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
};

export interface ImpactPageProps {
  lang: Lang;
  officer: Officer;
  draft: Draft;
  choice: ImpactChoice;
  registers: Register[];
  register: RegisterName;
  report: RegisterImpact;
}

const signed = (yuan: number) => (yuan > 0 ? "+" : yuan < 0 ? "−" : "±") + wanShort(Math.abs(yuan));

export function ImpactPage({ lang, officer, draft: d, choice, registers, register, report: r }: ImpactPageProps) {
  const en = lang === "en";
  const base = `${draftPath(d.id, d.version)}/impact`;
  const here = base + queryOf(choice);
  const synthetic = /^synthetic:(\d+):(\d+)$/.exec(register.key);
  const registerName = synthetic
    ? (en ? `The synthetic register (seed ${synthetic[1]}, ${Number(synthetic[2]).toLocaleString("en-US")} firms)` : `模拟企业名录（种子 ${synthetic[1]}，${Number(synthetic[2]).toLocaleString("en-US")} 家）`)
    : register.name;
  return (
    <StaffLayout lang={lang} title={`${en ? "Impact of" : "影响"} ${d.version}`} here={here} current="/staff/drafts" officer={officer}>
      <p><a href={draftPath(d.id, d.version)}>{en ? `← Draft ${d.version}` : `← 草案 ${d.version}`}</a></p>
      <h1>{en ? `Impact of draft ${d.version} on the register` : `草案 ${d.version} 对企业名录的影响`}</h1>
      <form method="get" action={base} class="filters">
        <div><label for="register">{en ? "Register" : "企业名录"}</label>
          <select id="register" name="register">
            <option value="synthetic" selected={!choice.register || choice.register === "synthetic"}>{en ? "synthetic register" : "模拟企业名录"}</option>
            {registers.map((g) => <option value={g.id} selected={choice.register === g.id}>{`${g.name} (${g.rows.toLocaleString("en-US")})`}</option>)}
          </select></div>
        <div><label for="count">{en ? "Firms (synthetic)" : "企业数（模拟）"}</label><input type="number" id="count" name="count" min={1} max={24800} value={String(choice.count ?? 24800)} /></div>
        <div><label for="seed">{en ? "Seed (synthetic)" : "随机种子（模拟）"}</label><input type="number" id="seed" name="seed" min={0} value={String(choice.seed ?? 1)} /></div>
        <div><label for="asOf">{en ? "Date decided on" : "判定日期"}</label><input type="date" id="asOf" name="asOf" value={choice.asOf ?? r.asOf} /></div>
        <div><button type="submit" class="secondary">{en ? "Show" : "显示"}</button></div>
      </form>
      <p class="lead" data-summary>{en
        ? `${registerName}: ${r.enterprises.toLocaleString("en-US")} firms decided on ${r.asOf} under ${r.before ? r.before.version : "no version"} and under the draft. ${r.changed.toLocaleString("en-US")} change: ${r.gaining.toLocaleString("en-US")} gain a measure, ${r.losing.toLocaleString("en-US")} lose one, the others change in amount or status.${r.refused ? ` ${r.refused} rows could not be read.` : ""}`
        : `${registerName}：${r.enterprises.toLocaleString("en-US")} 家企业按 ${r.asOf} 分别以 ${r.before ? r.before.version : "（无版本）"} 和草案判定。${r.changed.toLocaleString("en-US")} 家有变化：${r.gaining.toLocaleString("en-US")} 家新获得措施，${r.losing.toLocaleString("en-US")} 家失去措施，其余为金额或状态变化。${r.refused ? `${r.refused} 行无法读取。` : ""}`}</p>
      <p data-budget>{en ? "Budget (payments, tax savings, interest subsidies): " : "预算（资金支付、税收优惠、贴息）："}
        <strong>{wanShort(spend(r.budget.before))} → {wanShort(spend(r.budget.after))} {en ? "10,000 yuan (万元)" : "万元"}</strong>
        {" "}<span class={spend(r.budget.delta) < 0 ? "loss" : "gain"}>({signed(spend(r.budget.delta))})</span></p>
      <h2>{en ? "Budget by measure" : "各措施预算"}</h2>
      <p class="legend"><span><span class="swatch before"></span>{r.before ? r.before.version : "—"}</span><span><span class="swatch after"></span>{en ? `draft ${d.version}` : `草案 ${d.version}`}</span><span>{en ? "10,000 yuan (万元)" : "单位：万元"}</span></p>
      <ImpactChart lang={lang} measures={r.measures} />
      <h2>{en ? "Gains and losses by measure" : "各措施的获得与失去"}</h2>
      <table>
        <thead><tr>
          <th>{en ? "Measure" : "政策措施"}</th><th class="num">{en ? "Eligible" : "符合条件"}</th><th class="num">{en ? "Gain" : "新获得"}</th><th class="num">{en ? "Lose" : "失去"}</th>
          <th class="num">{en ? "Other status / amount changes" : "其他状态 / 金额变化"}</th><th class="num">{en ? "Budget change (万元)" : "预算变化（万元）"}</th><th class="num">{en ? "Credit lines change (万元)" : "授信变化（万元）"}</th>
        </tr></thead>
        <tbody>{r.measures.map((m) => (
          <tr data-measure={m.measureId}>
            <td>{m.title[lang]}<div class="muted mono">{m.measureId}{!m.inAfter ? (en ? " · removed" : " · 删除") : !m.inBefore ? (en ? " · new" : " · 新增") : ""}</div></td>
            <td class="num">{m.eligibleBefore} → {m.eligibleAfter}</td>
            <td class="num gain" data-gained={m.gained}>{m.gained ? `+${m.gained}` : "0"}</td>
            <td class="num loss" data-lost={m.lost}>{m.lost ? `−${m.lost}` : "0"}</td>
            <td class="num" data-amount-changed={m.amountChanged}>{m.statusChanged} / {m.amountChanged}</td>
            <td class="num">{signed(spend(m.delta))}</td>
            <td class="num">{m.delta.creditLine ? signed(m.delta.creditLine) : "—"}</td>
          </tr>
        ))}</tbody>
      </table>
      <p>{en ? "Download (CSV, opens in Excel): " : "下载（CSV，可用 Excel 打开）："}
        <a href={`${base}/firms.csv${queryOf(choice)}`}>{en ? "every firm that changes" : "有变化的全部企业"}</a>{" · "}
        <a href={`${base}/measures.csv${queryOf(choice)}`}>{en ? "the figures by measure" : "各措施数据"}</a></p>
    </StaffLayout>
  );
}
