/** The audit (docs/staff.md, "The audit"): every publish attempt and every review step, newest first, filtered by version, officer, outcome and dates. */
import type { AuditedAttempt, AuditFilter } from "../../review/audit.js";
import type { LogEntry } from "../../review/draft.js";
import type { Officer } from "../../review/roles.js";
import type { Lang } from "../i18n.js";
import { queryOf } from "./ImpactPage.js";
import { StaffLayout } from "./Layout.js";
import { LOGGED, OUTCOME, ROLE } from "./words.js";

export interface AuditPageProps {
  lang: Lang;
  officer: Officer;
  filter: AuditFilter;
  publishes: AuditedAttempt[];
  reviews: LogEntry[];
  limit: number;
}

const when = (iso: string) => iso.slice(0, 19).replace("T", " ");

export function AuditPage({ lang, officer, filter: f, publishes, reviews, limit }: AuditPageProps) {
  const en = lang === "en";
  const field = (name: keyof AuditFilter, label: string, type = "text") => (
    <div><label for={`f-${name}`}>{label}</label><input type={type} id={`f-${name}`} name={name} value={f[name] ?? ""} /></div>
  );
  return (
    <StaffLayout lang={lang} title={en ? "Audit" : "审计记录"} here={`/staff/audit${queryOf(f)}`} current="/staff/audit" officer={officer}>
      <h1>{en ? "Audit" : "审计记录"}</h1>
      <form method="get" action="/staff/audit" class="filters">
        {field("version", en ? "Version" : "版本")}
        {field("officer", en ? "Officer" : "工作人员")}
        <div><label for="f-outcome">{en ? "Outcome or step" : "结果或步骤"}</label>
          <select id="f-outcome" name="outcome">
            <option value="">{en ? "any" : "全部"}</option>
            {Object.entries(OUTCOME).map(([k, m]) => <option value={k} selected={f.outcome === k}>{`${en ? "publish" : "发布"}: ${m[lang]}`}</option>)}
            {Object.entries(LOGGED).map(([k, m]) => <option value={k} selected={f.outcome === k}>{`${en ? "review" : "审核"}: ${m[lang]}`}</option>)}
          </select></div>
        {field("from", en ? "From" : "起始日期", "date")}
        {field("to", en ? "To" : "截止日期", "date")}
        <div><button type="submit" class="secondary">{en ? "Filter" : "筛选"}</button></div>
      </form>
      <p class="muted">{en ? `Times in UTC; at most ${limit} rows of each.` : `时间为 UTC；每类最多显示 ${limit} 行。`}</p>
      <h2>{en ? `Publish attempts (${publishes.length})` : `发布记录（${publishes.length}）`}</h2>
      <table>
        <thead><tr><th>{en ? "When" : "时间"}</th><th>{en ? "Version" : "版本"}</th><th>{en ? "Officer" : "工作人员"}</th><th>{en ? "Outcome" : "结果"}</th><th>{en ? "Detail" : "说明"}</th></tr></thead>
        <tbody>{publishes.map((p) => (
          <tr data-outcome={p.outcome}>
            <td>{when(p.at)}</td><td>{p.version}</td><td>{p.label}</td>
            <td><span class={`badge ${p.outcome === "created" ? "ok" : "bad"}`}>{OUTCOME[p.outcome][lang]}</span>{p.status !== null && <span class="muted"> {p.status}</span>}</td>
            <td>{p.detail ?? ""}</td>
          </tr>
        ))}</tbody>
      </table>
      <h2>{en ? `Review steps (${reviews.length})` : `审核步骤（${reviews.length}）`}</h2>
      <table>
        <thead><tr><th>{en ? "When" : "时间"}</th><th>{en ? "Version" : "版本"}</th><th>{en ? "Step" : "步骤"}</th><th>{en ? "Officer" : "工作人员"}</th><th>{en ? "Reason" : "理由"}</th></tr></thead>
        <tbody>{reviews.map((e) => (
          <tr data-step={e.action}>
            <td>{when(e.at)}</td><td><a href={`/staff/drafts/${e.id}/${e.version}`}>{e.version}</a></td><td>{LOGGED[e.action][lang]}</td>
            <td>{e.label} <span class="muted">({ROLE[e.role][lang]})</span></td><td>{e.reason ?? ""}</td>
          </tr>
        ))}</tbody>
      </table>
    </StaffLayout>
  );
}
