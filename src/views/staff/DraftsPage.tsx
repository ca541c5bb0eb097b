/** The drafts with their state, newest change first; for authors and admins, the form that uploads a draft (new or replacing one). */
import type { Draft } from "../../review/draft.js";
import { may, type Officer } from "../../review/roles.js";
import type { Lang } from "../i18n.js";
import { Alert, type Notice, StaffLayout } from "./Layout.js";
import { STATE } from "./words.js";

/** The page of a draft. */
export const draftPath = (id: string, version: string) => `/staff/drafts/${id}/${version}`;

export interface DraftsPageProps {
  lang: Lang;
  officer: Officer;
  drafts: Draft[];
  /** an upload refused */
  notice?: Notice;
}

export function DraftsPage({ lang, officer, drafts, notice }: DraftsPageProps) {
  const en = lang === "en";
  return (
    <StaffLayout lang={lang} title={en ? "Drafts" : "草案"} here="/staff/drafts" current="/staff/drafts" officer={officer}>
      <h1>{en ? "Drafts" : "草案"}</h1>
      {notice && <Alert {...notice} />}
      {drafts.length === 0
        ? <p class="lead">{en ? "No draft yet." : "暂无草案。"}</p>
        : (
          <table>
            <thead><tr>
              <th>{en ? "Version" : "版本"}</th><th>{en ? "Effective from" : "生效日期"}</th><th>{en ? "State" : "状态"}</th>
              <th class="num">{en ? "Errors" : "错误"}</th><th>{en ? "Last changed" : "最近修改"}</th><th>{en ? "Proposed / approved by" : "提交人 / 批准人"}</th>
            </tr></thead>
            <tbody>
              {drafts.map((d) => (
                <tr data-draft={d.version} data-state={d.state}>
                  <td><a href={draftPath(d.id, d.version)}><strong>{d.version}</strong></a><div class="muted mono">{d.id}</div></td>
                  <td>{d.effectiveFrom ?? "—"}{d.retroactive && <div class="loss">{en ? "retroactive" : "追溯生效"}</div>}</td>
                  <td><span class={`badge ${d.state}`}>{STATE[d.state][lang]}</span></td>
                  <td class="num">{d.findings.errors.length}</td>
                  <td>{d.updatedBy}<div class="muted">{d.updatedAt.slice(0, 16).replace("T", " ")} UTC</div></td>
                  <td>{d.proposedBy ?? "—"} / {d.approvedBy ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {may(officer.role, "save") && <UploadForm lang={lang} />}
    </StaffLayout>
  );
}

/** The upload: the rule-set file, its case files, and whether it is retroactive (with the reason). */
function UploadForm({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <section class="panel">
      <h2>{en ? "Upload a draft" : "上传草案"}</h2>
      <p>{en
        ? "The rule-set file names its version; uploading a version that has a draft replaces that draft (and sends it back to draft: a new review). Errors are shown on the draft's page; a draft with errors is kept but cannot be proposed."
        : "规则文件中写明版本号；上传已有草案的版本会替换该草案（并退回草稿状态，需重新审核）。错误会显示在草案页面；有错误的草案可以保存，但不能提交审核。"}</p>
      <form method="post" action="/staff/drafts" enctype="multipart/form-data" class="stack">
        <label for="ruleset">{en ? "Rule-set file (JSON)" : "规则文件（JSON）"}</label>
        <input type="file" id="ruleset" name="ruleset" accept=".json,application/json" required />
        <label for="cases">{en ? "Case files (JSON: one case or a list of cases each; several files allowed)" : "测试用例文件（JSON：每个文件一个用例或用例列表，可多选）"}</label>
        <input type="file" id="cases" name="cases" accept=".json,application/json" multiple />
        <label><input type="checkbox" name="retroactive" value="true" /> {en ? "Retroactive: takes effect before the day it is published" : "追溯生效：生效日期早于发布日期"}</label>
        <label for="reason">{en ? "Why it is retroactive (required if so; the reviewer sees it in red and the audit keeps it)" : "追溯生效的理由（选择追溯时必填；审核人会看到红色提示，审计记录会保存）"}</label>
        <textarea id="reason" name="reason" maxlength={2000}></textarea>
        <p><button type="submit">{en ? "Upload the draft" : "上传草案"}</button></p>
      </form>
    </section>
  );
}
