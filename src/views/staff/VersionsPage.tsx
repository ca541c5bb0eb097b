/** The console's first screen: the versions of each rule set with where they come from, their dates and status; an admin may withdraw one. */
import type { Officer } from "../../review/roles.js";
import type { RuleSetVersions, VersionStatus } from "../../review/versions.js";
import type { UnavailableVersion } from "../../ruleset/unavailable.js";
import { bi, type Lang, type Msg } from "../i18n.js";
import { draftPath } from "./DraftsPage.js";
import { Alert, type Notice, StaffLayout } from "./Layout.js";

const STATUS: Record<VersionStatus, Msg> = {
  "in-force": bi("现行", "in force"),
  scheduled: bi("待生效", "scheduled"),
  superseded: bi("已被取代", "superseded"),
  withdrawn: bi("已撤回", "withdrawn"),
};

export interface VersionsPageProps {
  lang: Lang;
  officer: Officer;
  today: string;
  sets: RuleSetVersions[];
  unavailable: readonly UnavailableVersion[];
  /** `id@version` of the versions that came through a draft (their page has the review log) */
  drafted: ReadonlySet<string>;
  /** a withdrawal refused, or done */
  notice?: Notice;
}

export function VersionsPage({ lang, officer, today, sets, unavailable, drafted, notice }: VersionsPageProps) {
  const en = lang === "en";
  return (
    <StaffLayout lang={lang} title={en ? "Versions" : "规则版本"} here="/staff/" current="/staff/" officer={officer}>
      <h1>{en ? "Rule-set versions" : "规则集版本"}</h1>
      {notice && <Alert {...notice} />}
      <p class="lead">{en
        ? `Which version answers the enterprises today (${today}, Beijing time), which are scheduled, superseded or withdrawn. A version never changes once live: corrections are new versions, made as drafts.`
        : `今天（${today}，北京时间）由哪个版本答复企业，哪些版本待生效、已被取代或已撤回。版本上线后不再修改：更正须以新版本草案提出。`}</p>
      {sets.map((set) => (
        <section>
          <h2>{set.title[lang]} <code>{set.id}</code></h2>
          <table>
            <thead><tr>
              <th>{en ? "Version" : "版本"}</th><th>{en ? "Effective from" : "生效日期"}</th><th>{en ? "Status" : "状态"}</th>
              <th>{en ? "Source" : "来源"}</th><th>{en ? "Hash" : "哈希"}</th>
              {officer.role === "admin" && <th>{en ? "Withdraw" : "撤回"}</th>}
            </tr></thead>
            <tbody>
              {[...set.versions].reverse().map((v) => (
                <tr data-version={v.version} data-status={v.status}>
                  <td><strong>{drafted.has(`${set.id}@${v.version}`) ? <a href={draftPath(set.id, v.version)}>{v.version}</a> : v.version}</strong></td>
                  <td>{v.effectiveFrom}</td>
                  <td>
                    <span class={`badge ${v.status}`}>{STATUS[v.status][lang]}</span>
                    {v.withdrawn && <div class="muted">{en ? `withdrawn from ${v.withdrawn.from}: ${v.withdrawn.reason}` : `自 ${v.withdrawn.from} 起撤回：${v.withdrawn.reason}`}</div>}
                  </td>
                  <td>{v.published
                    ? (en ? `published by ${v.published.by}, ${v.published.at.slice(0, 10)}` : `${v.published.by} 于 ${v.published.at.slice(0, 10)} 发布`)
                    : (en ? "bundled with the code" : "随代码发布")}</td>
                  <td><code title={v.hash}>{v.hash.slice(0, 15)}…</code></td>
                  {officer.role === "admin" && (
                    <td>{!v.withdrawn && (
                      <details>
                        <summary>{en ? "Withdraw…" : "撤回…"}</summary>
                        <form method="post" action={`/staff/versions/${set.id}/${v.version}/withdraw`} class="stack">
                          <label for={`from-${v.version}`}>{en ? "From (today or later)" : "自（今天或以后）"}</label>
                          <input type="date" id={`from-${v.version}`} name="from" value={today} min={today} required />
                          <label for={`reason-${v.version}`}>{en ? "Reason" : "原因"}</label>
                          <textarea id={`reason-${v.version}`} name="reason" required maxlength={2000}></textarea>
                          <button type="submit" class="danger">{en ? `Withdraw ${v.version}` : `撤回 ${v.version}`}</button>
                        </form>
                      </details>
                    )}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {unavailable.length > 0 && (
        <section>
          <h2>{en ? "Stored versions that cannot be loaded" : "无法加载的已存版本"}</h2>
          <p>{en ? "They answer nothing until the operators repair them (docs/operations.md)." : "在运维人员修复之前，这些版本不答复任何请求（见 docs/operations.md）。"}</p>
          <ul>{unavailable.map((u) => <li><code>{u.id} {u.version}</code>: {u.reason}</li>)}</ul>
        </section>
      )}
    </StaffLayout>
  );
}
