/**
 * GET /dossier: the firm's dossier in the browser. Closed: the form that opens it with the
 * credit code and the access token. Opened: what changed for it under new rule-set versions
 * (its notices, newest first), its versions and decisions (each decision's page
 * linked), continuing from the latest version or starting this year's answers from it, the
 * support received (added and removed here), and the firm's rights: export and deletion.
 */
import { Field } from "../components/Choice.js";
import { ErrorSummary } from "../components/ErrorSummary.js";
import { Layout } from "../components/Layout.js";
import type { FormState } from "../components/state.js";
import { TextField } from "../components/TextField.js";
import type { FormValues } from "../field-index.js";
import type { FieldDef } from "../fields.js";
import { amountText, dateText } from "../format.js";
import type { FieldError } from "../form-reader.js";
import { bi, type Lang, otherLang } from "../i18n.js";

/** An opened dossier as the page shows it. */
export interface DossierView {
  creditCode: string;
  name: string | null;
  /** ISO date until which it is kept unless written to (absent when the retention var is misconfigured) */
  retainUntil?: string;
  versions: { version: number; savedOn: string; source: string }[];
  decisions: { decidedOn: string; asOf: string; rulesetVersion: string; profileVersion: number; resultPage: string; reference?: string }[];
  support: { id: number; measure: string; status: string; amount?: number; date: string; fiscalYear?: number; reference?: string }[];
  /** notices, newest first (docs/dossiers.md, "Notices"); amounts in yuan */
  notices: { id: number; measure: string; kind: "gain" | "loss" | "amount"; rulesetVersion: string; asOf: string; amountBefore: number; amountAfter: number; open: boolean }[];
}

const CHANGE = {
  gain: bi("新符合条件", "newly eligible"), loss: bi("不再符合条件", "no longer eligible"), amount: bi("金额变化", "amount changed"),
} as const;

/** The fields of the open form. */
export const OPEN_FIELDS: readonly FieldDef[] = [
  { key: "creditCode", kind: "credit-code", label: bi("统一社会信用代码", "Unified social credit code") },
  { key: "token", kind: "text", label: bi("访问令牌", "Access token"), help: bi("建档时显示的 pmd_ 开头的令牌", "The token starting pmd_ shown when the dossier was made"), maxLength: 100 },
];

const STATUS = { applied: bi("已申请", "applied for"), granted: bi("已获批", "granted"), paid: bi("已到账", "paid") } as const;
const SOURCE = { form: bi("表单", "form"), api: bi("接口", "API"), import: bi("导入", "import") } as const;

const Switch = ({ lang }: { lang: Lang }) => (
  <nav class="lang-switch" aria-label={lang === "en" ? "Language" : "语言"}>
    <a href={`/dossier?lang=${otherLang(lang)}`} hreflang={otherLang(lang)} lang={otherLang(lang)}>{otherLang(lang) === "en" ? "English" : "中文"}</a>
  </nav>
);

/** The page: `view` for an opened dossier, else the open form (with `errors` after a refused attempt). */
export function DossierPage({ lang, view, values = {}, errors = [], supportFields, supportValues = {}, supportErrors = [] }: {
  lang: Lang; view?: DossierView; values?: FormValues; errors?: readonly FieldError[];
  supportFields?: readonly FieldDef[]; supportValues?: FormValues; supportErrors?: readonly FieldError[];
}) {
  const en = lang === "en";
  if (!view) {
    const state: FormState = { lang, values, errors: new Map(errors.map((e) => [e.key, e.message])) };
    return (
      <Layout lang={lang} title={`${errors.length ? (en ? "Error: " : "错误：") : ""}${en ? "Open your dossier" : "打开企业档案"}`} switcher={<Switch lang={lang} />}>
        <ErrorSummary errors={errors} lang={lang} />
        <h1>{en ? "Open your dossier" : "打开企业档案"}</h1>
        <p class="lead">{en
          ? "A dossier keeps your answers version by version, every result you saved, and the support you have received. Open it with your credit code and the access token you received when it was made."
          : "企业档案按版本保存您填写的内容、每次保存的匹配结果和已享受的政策。请用统一社会信用代码和建档时获得的访问令牌打开。"}</p>
        <form method="post" action="/dossier/open" class="panel" novalidate>
          <input type="hidden" name="lang" value={lang} />
          {OPEN_FIELDS.map((def) => <TextField def={def} state={state} />)}
          <div class="actions"><button class="button" type="submit">{en ? "Open" : "打开档案"}</button></div>
        </form>
        <p>{en
          ? <>No dossier yet? <a href="/?lang=en">Fill in the form</a> and save the results to a new dossier. Lost the token? Ask the zone's service desk to issue a new one.</>
          : <>还没有档案？<a href="/">填写表单</a>，查看结果时保存到新档案即可。令牌遗失的，请联系园区政务服务窗口重新发放。</>}</p>
      </Layout>
    );
  }
  const latest = view.versions.at(-1);
  const supportState: FormState = { lang, values: supportValues, errors: new Map(supportErrors.map((e) => [e.key, e.message])) };
  return (
    <Layout lang={lang} title={`${en ? "Dossier" : "企业档案"} · ${view.name ?? view.creditCode}`} switcher={<Switch lang={lang} />}>
      <ErrorSummary errors={supportErrors} lang={lang} fields={supportFields} />
      <h1>{en ? "Your dossier" : "企业档案"}</h1>
      <dl class="meta" data-dossier={view.creditCode}>
        {view.name && <><dt>{en ? "Enterprise" : "企业"}</dt><dd>{view.name}</dd></>}
        <dt>{en ? "Credit code" : "统一社会信用代码"}</dt><dd><code>{view.creditCode}</code></dd>
        {view.retainUntil && <><dt>{en ? "Kept until" : "保存至"}</dt><dd>{en ? `${dateText(view.retainUntil, lang)}, unless you use it before` : `${dateText(view.retainUntil, lang)}（期间有更新则顺延）`}</dd></>}
      </dl>

      <section class="panel" aria-labelledby="answers-h">
        <h2 id="answers-h">{en ? "Your answers" : "填写内容"}</h2>
        {latest
          ? <p>{en ? `${view.versions.length === 1 ? "1 version" : `${view.versions.length} versions`} saved; the latest, version ${latest.version}, on ${dateText(latest.savedOn, lang)}.` : `已保存 ${view.versions.length} 个版本；最新为第 ${latest.version} 版（${dateText(latest.savedOn, lang)}）。`}</p>
          : <p>{en ? "No answers saved yet." : "尚未保存填写内容。"}</p>}
        <div class="actions">
          {latest && <a class="button" href={`/?dossier=continue${en ? "&lang=en" : ""}`}>{en ? "Continue where you left off" : "继续上次的填写"}</a>}
          {latest && <a class="button button--secondary" href={`/?dossier=next-year${en ? "&lang=en" : ""}`}>{en ? "This year's answers from last year's" : "以上年内容填写本年度"}</a>}
          {!latest && <a class="button" href={en ? "/?lang=en" : "/"}>{en ? "Fill in the form" : "填写表单"}</a>}
        </div>
        {view.versions.length > 0 && (
          <ol class="versions">{view.versions.map((v) => <li>{en ? `Version ${v.version}, ${dateText(v.savedOn, lang)} (${SOURCE[v.source as keyof typeof SOURCE]?.en ?? v.source})` : `第 ${v.version} 版，${dateText(v.savedOn, lang)}（${SOURCE[v.source as keyof typeof SOURCE]?.["zh-CN"] ?? v.source}）`}</li>)}</ol>
        )}
      </section>

      {view.notices.length > 0 && (
        <section class="panel" aria-labelledby="notices-h">
          <h2 id="notices-h">{en ? "What changed for you" : "政策变化提醒"}</h2>
          <ul class="notices">{view.notices.map((n) => (
            <li data-notice-kind={n.kind} class={n.open ? "open" : undefined}>
              <strong>{CHANGE[n.kind][lang]}</strong>{en ? ": " : "："}{n.measure}{en
                ? ` — rules ${n.rulesetVersion}, from ${dateText(n.asOf, lang)}`
                : `（规则版本 ${n.rulesetVersion}，${dateText(n.asOf, lang)} 起）`}
              {n.kind === "amount" && <>{en ? "; " : "；"}{amountText(n.amountBefore, lang)} → {amountText(n.amountAfter, lang)}</>}
              {" "}
              {n.open ? (
                <form method="post" action="/dossier/notices/acknowledge" class="inline-form">
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="id" value={String(n.id)} />
                  <button class="link-button" type="submit">{en ? "Mark as read" : "标记为已读"}</button>
                </form>
              ) : <span class="muted">{en ? "(read)" : "（已读）"}</span>}
            </li>
          ))}</ul>
        </section>
      )}

      <section class="panel" aria-labelledby="decisions-h">
        <h2 id="decisions-h">{en ? "Saved results" : "已保存的匹配结果"}</h2>
        {view.decisions.length === 0
          ? <p>{en ? "None yet." : "暂无。"}</p>
          : <ul class="decisions">{view.decisions.map((d) => (
            <li><a href={`${d.resultPage}${en ? "?lang=en" : ""}`}>{en
              ? `${dateText(d.decidedOn, lang)}: evaluated on ${dateText(d.asOf, lang)}, rules ${d.rulesetVersion}, answers version ${d.profileVersion}`
              : `${dateText(d.decidedOn, lang)}：评估日期 ${dateText(d.asOf, lang)}，规则版本 ${d.rulesetVersion}，填写内容第 ${d.profileVersion} 版`}</a>
              {d.reference && <> <code>{d.reference}</code></>}</li>
          ))}</ul>}
        <p class="muted">{en
          ? "Each result has its own address: bookmark it, or send it to your advisor — whoever has the address sees that result and nothing else of the dossier."
          : "每个结果都有固定网址，可收藏或发送给顾问：持有网址者只能看到该结果，看不到档案的其他内容。"}</p>
      </section>

      <section class="panel" aria-labelledby="support-h">
        <h2 id="support-h">{en ? "Support applied for and received" : "已申请和已享受的政策"}</h2>
        <p class="muted">{en
          ? "A measure granted or paid for the period of a result is shown there as received, not as an opportunity, and left out of the totals."
          : "已获批或已到账的政策，在相应期间的匹配结果中显示为“已享受”，不再作为可申请政策，也不计入合计。"}</p>
        {view.support.length > 0 && (
          <ul class="support">{view.support.map((s) => (
            <li data-support={s.id}>
              {`${s.measure}: ${STATUS[s.status as keyof typeof STATUS]?.[lang] ?? s.status} ${dateText(s.date, lang)}`}
              {s.amount !== undefined && `, ${amountText(s.amount, lang)}`}
              {s.fiscalYear !== undefined && (en ? `, for ${s.fiscalYear}` : `，${s.fiscalYear} 年度`)}
              {s.reference && `, ${s.reference}`}
              {" "}
              <form method="post" action="/dossier/support/remove" class="inline-form">
                <input type="hidden" name="lang" value={lang} />
                <input type="hidden" name="id" value={String(s.id)} />
                <button class="link-button" type="submit">{en ? "Remove (entered by mistake)" : "删除（录入有误）"}</button>
              </form>
            </li>
          ))}</ul>
        )}
        {supportFields && (
          <form method="post" action="/dossier/support" novalidate>
            <input type="hidden" name="lang" value={lang} />
            <div class="grid">{supportFields.map((def) => <Field def={def} state={supportState} />)}</div>
            <div class="actions"><button class="button button--secondary" type="submit">{en ? "Record" : "记录"}</button></div>
          </form>
        )}
      </section>

      <section class="panel" aria-labelledby="rights-h">
        <h2 id="rights-h">{en ? "Your data" : "您的数据"}</h2>
        <p>{en
          ? "Download everything kept about your enterprise, or delete the dossier: deleting keeps only the ids and fingerprints of past results, so that a receipt shown later can still be checked."
          : "可下载本档案保存的全部内容，或删除档案：删除后仅保留历次结果的编号和摘要值，以便日后核验回执。"}</p>
        <div class="actions">
          <a class="button button--secondary" href="/dossier/export" download>{en ? "Download (JSON)" : "下载全部数据（JSON）"}</a>
          <form method="post" action="/dossier/close" class="inline-form">
            <input type="hidden" name="lang" value={lang} />
            <button class="button button--secondary" type="submit">{en ? "Close the dossier on this browser" : "在本浏览器中关闭档案"}</button>
          </form>
        </div>
        <form method="post" action="/dossier/delete" class="delete-form">
          <input type="hidden" name="lang" value={lang} />
          <div class="checkbox">
            <input type="checkbox" id="confirm-delete" name="confirm" value="yes" required />
            <label for="confirm-delete">{en ? "I understand that every version, result and record of this dossier will be deleted" : "我确认删除本档案的全部版本、结果和记录"}</label>
          </div>
          <button class="button button--warning" type="submit">{en ? "Delete the dossier" : "删除档案"}</button>
        </form>
      </section>
    </Layout>
  );
}

/** The labels of the support statuses, for the result page. */
export const SUPPORT_STATUS = STATUS;
