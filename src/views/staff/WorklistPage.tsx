/**
 * The concierge's worklist in the console (docs/dossiers.md, "The concierge's worklist"): the
 * firms to follow up, most urgent first — deadlines within the window, open notices, the
 * questions of their last decision — each linking to its dossier. The same data as
 * `GET /v1/worklist` (src/http/routes/dossiers/worklist.ts).
 */
import type { z } from "zod";
import type { Officer } from "../../review/roles.js";
import type { Worklist } from "../../http/routes/dossiers/worklist.js";
import { dateText } from "../format.js";
import { bi, type Lang } from "../i18n.js";
import { StaffLayout } from "./Layout.js";

export interface WorklistPageProps {
  lang: Lang;
  officer: Officer;
  within: number;
  list: z.infer<typeof Worklist>;
}

const DEADLINE = {
  "certificate-expires": bi("证书到期", "certificate expires"),
  "eligible-until": bi("符合条件截至", "eligible until"),
  "measure-ends": bi("政策截止", "measure ends"),
} as const;

export function WorklistPage({ lang, officer, within, list }: WorklistPageProps) {
  const en = lang === "en";
  const title = en ? "Worklist" : "待办企业";
  return (
    <StaffLayout lang={lang} title={title} here={`/staff/worklist?within=${within}`} current="/staff/worklist" officer={officer}>
      <h1>{title}</h1>
      <form method="get" action="/staff/worklist" class="filters">
        <div><label for="f-within">{en ? "Deadlines within (days)" : "截止日期范围（天）"}</label>
          <input type="number" id="f-within" name="within" min="1" max="366" value={String(within)} /></div>
        <div><button type="submit" class="secondary">{en ? "Show" : "显示"}</button></div>
      </form>
      <p class="muted">{en
        ? `${list.total} firms to follow up: open notices, questions their last result asks, deadlines from ${dateText(list.today, lang)} to ${dateText(list.until, lang)}. Most urgent first; at most ${list.firms.length} shown.`
        : `共 ${list.total} 家企业待跟进：未读的政策变化提醒、最近一次匹配待补充的问题、${dateText(list.today, lang)} 至 ${dateText(list.until, lang)} 的截止日期。按紧迫程度排列，最多显示 ${list.firms.length} 家。`}</p>
      {list.firms.length === 0 ? <p>{en ? "Nothing to follow up." : "暂无待办。"}</p> : (
        <table>
          <thead><tr>
            <th>{en ? "Firm" : "企业"}</th><th>{en ? "Deadlines" : "截止日期"}</th><th>{en ? "Open notices" : "未读提醒"}</th><th>{en ? "Questions to ask" : "待补充的问题"}</th>
          </tr></thead>
          <tbody>{list.firms.map((f) => (
            <tr data-firm={f.creditCode}>
              <td>{f.lastResult
                ? <a href={`${f.lastResult}${en ? "?lang=en" : ""}`}>{f.name ?? (en ? "(no name)" : "（未填名称）")}</a>
                : <span>{f.name ?? (en ? "(no name)" : "（未填名称）")}</span>}<br /><code>{f.creditCode}</code></td>
              <td>{f.deadlines.length === 0 ? "" : <ul>{f.deadlines.map((d) => (
                <li data-deadline={d.kind}>{dateText(d.date, lang)} {DEADLINE[d.kind][lang]}{d.certificate ? ` (${d.certificate.toUpperCase()})` : ""}{d.measureTitle ? `: ${d.measureTitle[lang]}` : d.measureId ? `: ${d.measureId}` : ""}</li>
              ))}</ul>}</td>
              <td>{f.openNotices > 0 ? String(f.openNotices) : ""}</td>
              <td>{f.nextQuestions.length === 0 ? "" : <ul>{f.nextQuestions.slice(0, 3).map((q) => <li>{q.label[lang]}</li>)}</ul>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
      <p class="muted">{en
        ? "A firm's name opens its last result. Its whole dossier is read through the API with a concierge token: GET /v1/dossiers/{credit code} (docs/dossiers.md)."
        : "点击企业名称查看其最近一次匹配结果；完整档案可用政策管家令牌通过接口查看：GET /v1/dossiers/{统一社会信用代码}（docs/dossiers.md）。"}</p>
    </StaffLayout>
  );
}
