/**
 * A draft's page (docs/staff.md, "A draft's page"): its state and facts, a retroactive date in
 * red, the actions the signed-in officer may take now (machine.ts decides, as for the API), its
 * check, cases, coverage, the diff against the version it replaces, a link to its impact on the
 * register, and its review log.
 */
import type { DraftAnalysis } from "../../review/analysis.js";
import type { Draft, LogEntry } from "../../review/draft.js";
import { decide } from "../../review/machine.js";
import { may, type Officer } from "../../review/roles.js";
import type { ReviewAction } from "../../review/service.js";
import { bi, type Lang, type Msg } from "../i18n.js";
import { draftPath } from "./DraftsPage.js";
import { Cases, Coverage, Diff, Findings, ReviewLog } from "./DraftSections.js";
import { Alert, type Notice, StaffLayout } from "./Layout.js";
import { STATE } from "./words.js";

/** The buttons of the review steps and publishing, in the order shown. */
export const STEP_BUTTON: Readonly<Record<ReviewAction | "publish", Msg>> = {
  propose: bi("提交审核", "Propose for review"),
  approve: bi("批准", "Approve"),
  reject: bi("退回", "Reject"),
  "withdraw-proposal": bi("撤回提交", "Withdraw the proposal"),
  publish: bi("发布", "Publish"),
};

export interface DraftPageProps {
  lang: Lang;
  officer: Officer;
  draft: Draft;
  analysis: DraftAnalysis;
  log: LogEntry[];
  notice?: Notice;
}

/** The draft's changelog in the page's language (its author's words), as far as it gives one. */
function changelog(d: Draft, lang: Lang): string[] {
  const entries = Array.isArray(d.ruleset.changelog) ? d.ruleset.changelog as unknown[] : [];
  return entries.map((e) => (e && typeof e === "object" ? (e as Record<string, unknown>)[lang] : undefined)).filter((t): t is string => typeof t === "string");
}

function Actions({ lang, officer, draft: d }: { lang: Lang; officer: Officer; draft: Draft }) {
  const en = lang === "en";
  const who = { officer, proposedBy: d.proposedBy, updatedBy: d.updatedBy };
  const open = (Object.keys(STEP_BUTTON) as (keyof typeof STEP_BUTTON)[]).filter((a) => "to" in decide(d.state, a, who));
  const own = decide(d.state, "approve", who);
  const base = draftPath(d.id, d.version);
  return (
    <section id="actions">
      <h2>{en ? "What you can do" : "您可以执行的操作"}</h2>
      {open.includes("approve") && <p>{en ? "Before approving, read the changes, the check and the cases below, and the impact on the register." : "批准前，请阅读下方的差异、检查结果和测试用例，并查看对企业名录的影响。"}</p>}
      {"slug" in own && own.slug === "own-draft" && (
        <p class="muted">{en ? "You proposed or last changed this draft, so another officer approves it." : "此草案由您提交或最近修改，须由其他工作人员批准。"}</p>
      )}
      {open.length === 0 && !may(officer.role, "save") && <p class="muted">{en ? "Nothing in this state for your role." : "在当前状态下，您的角色没有可执行的操作。"}</p>}
      <div class="actions">
        {open.map((a) => a === "reject" ? (
          <form method="post" action={`${base}/reject`}>
            <label for="reject-reason">{en ? "Why it is rejected" : "退回理由"}</label>
            <textarea id="reject-reason" name="reason" required maxlength={2000}></textarea>
            <button type="submit" class="danger">{STEP_BUTTON.reject[lang]}</button>
          </form>
        ) : (
          <form method="post" action={`${base}/${a}`}>
            <button type="submit" class={a === "withdraw-proposal" ? "secondary" : undefined}>{STEP_BUTTON[a][lang]}</button>
          </form>
        ))}
        {may(officer.role, "save") && (d.state !== "published" && d.state !== "withdrawn") && (
          <p><a href="/staff/drafts">{en ? "Replace it: upload a new file on the drafts page" : "替换：在草案页面上传新文件"}</a></p>
        )}
      </div>
    </section>
  );
}

export function DraftPage({ lang, officer, draft: d, analysis: a, log, notice }: DraftPageProps) {
  const en = lang === "en";
  const base = draftPath(d.id, d.version);
  const at = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
  return (
    <StaffLayout lang={lang} title={`${en ? "Draft" : "草案"} ${d.version}`} here={base} current="/staff/drafts" officer={officer}>
      <h1>{en ? "Draft" : "草案"} {d.version} <span class={`badge ${d.state}`} data-state={d.state}>{STATE[d.state][lang]}</span></h1>
      {notice && <Alert {...notice} />}
      {d.retroactive && (
        <div class="alert retro" role="note">
          <p>{en ? `Retroactive: takes effect on ${d.effectiveFrom ?? "?"}, before the day it is published.` : `追溯生效：生效日期 ${d.effectiveFrom ?? "?"} 早于发布日期。`}</p>
          <p>{d.reason ? `${en ? "Reason: " : "理由："}${d.reason}` : (en ? "No reason given: it cannot be proposed." : "未填写理由：不能提交审核。")}</p>
        </div>
      )}
      <dl class="facts">
        <dt>{en ? "Rule set" : "规则集"}</dt><dd><code>{d.id}</code></dd>
        <dt>{en ? "Effective from" : "生效日期"}</dt><dd>{d.effectiveFrom ?? "—"}</dd>
        {changelog(d, lang).length > 0 && <><dt>{en ? "What changes" : "变更说明"}</dt><dd>{changelog(d, lang).map((l) => <div>{l}</div>)}</dd></>}
        <dt>{en ? "Replaces" : "替代版本"}</dt><dd>{a.replaces ? `${a.replaces.version} (${en ? "effective" : "生效于"} ${a.replaces.effectiveFrom})` : "—"}</dd>
        <dt>{en ? "Revision" : "修订"}</dt><dd>{d.revision} · <code>{d.hash}</code></dd>
        <dt>{en ? "Created" : "创建"}</dt><dd>{d.createdBy}, {at(d.createdAt)}</dd>
        <dt>{en ? "Last changed" : "最近修改"}</dt><dd>{d.updatedBy}, {at(d.updatedAt)}</dd>
        <dt>{en ? "Proposed by" : "提交人"}</dt><dd>{d.proposedBy ?? "—"}</dd>
        <dt>{en ? "Approved by" : "批准人"}</dt><dd>{d.approvedBy ?? "—"}</dd>
      </dl>
      <Actions lang={lang} officer={officer} draft={d} />
      <nav class="toc" aria-label={en ? "On this page" : "本页内容"}>
        <a href="#findings">{en ? "Check" : "检查结果"}</a><a href="#cases">{en ? "Cases" : "测试用例"}</a><a href="#coverage">{en ? "Coverage" : "覆盖率"}</a>
        <a href="#diff">{en ? "Changes" : "差异"}</a><a href="#log">{en ? "Review log" : "审核记录"}</a>
        <a class="go" href={`${base}/impact`}>{en ? "Impact on the enterprise register →" : "对企业名录的影响 →"}</a>
      </nav>
      <Findings lang={lang} findings={a.findings} />
      <Cases lang={lang} runs={a.cases} />
      <Coverage lang={lang} coverage={a.coverage} />
      <Diff lang={lang} replaces={a.replaces} diff={a.diff} />
      <ReviewLog lang={lang} log={log} />
    </StaffLayout>
  );
}
