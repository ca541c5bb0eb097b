/**
 * The printed summary (one or two A4 pages; the stylesheet prints it instead of the page, which
 * keeps the full detail on screen): the reference, date and rule-set version; what the firm can
 * apply for, with amounts, when and where; the fast tracks opened; what is still open; what the
 * firm declared; and a space for the officer who receives it.
 */
import type { MatchResult, MeasureResult } from "../../engine/result.js";
import type { EnterpriseProfile } from "../../profile/index.js";
import type { AccountsAge } from "../accounts-age.js";
import { declared } from "../declared.js";
import { amountText, dateText } from "../format.js";
import type { Lang } from "../i18n.js";
import type { EligibleGroups } from "../result-groups.js";

function amountCell(m: MeasureResult, lang: Lang): string {
  const en = lang === "en";
  if (!m.amount) return m.missingFacts.length ? (en ? "to be settled" : "待补充信息") : "—";
  const bound = m.amount.bound === "floor" ? (en ? "at least " : "不少于 ") : m.amount.bound === "ceiling" ? (en ? "up to " : "最高 ") : "";
  return bound + amountText(m.amount.value, lang);
}

function MeasureRows({ measures, lang, note }: { measures: readonly MeasureResult[]; lang: Lang; note?: (m: MeasureResult) => string }) {
  return (
    <>
      {measures.map((m) => (
        <tr data-summary-measure={m.id}>
          <td>{m.title[lang]}{note && <span class="print-note">{note(m)}</span>}</td>
          <td class="num">{amountCell(m, lang)}</td>
          <td>{m.apply.window?.[lang] ?? "—"}</td>
          <td>{m.apply.department[lang]}</td>
        </tr>
      ))}
    </>
  );
}

const TOTALS = [
  ["payment", "补贴和奖励", "Subsidies and awards"],
  ["taxSaving", "预计减免税额", "Estimated tax saving"],
  ["creditLine", "授信额度", "Credit line"],
  ["interestSubsidy", "贷款贴息", "Interest subsidy"],
] as const;

export function PrintSummary({ result, profile, lang, groups, accounts }: {
  result: MatchResult; profile: EnterpriseProfile; lang: Lang; groups: EligibleGroups; accounts: AccountsAge | null;
}) {
  const en = lang === "en";
  const d = declared(profile, lang);
  const open = result.measures.filter((m) => m.status === "undetermined");
  const asked = result.nextQuestions.slice(0, 6).map((q) => q.label[lang]);
  const totals = TOTALS.filter(([k]) => result.totals[k] > 0);
  return (
    <section class="print-summary" aria-label={en ? "Printed summary" : "打印摘要"}>
      <p class="print-title">{en ? "Policy match: summary" : "惠企政策匹配结果摘要"}</p>
      <table class="print-head">
        <tr>
          <th>{en ? "Reference" : "结果编号"}</th><td class="print-reference">{result.reference}</td>
          <th>{en ? "Evaluated on" : "评估日期"}</th><td>{dateText(result.asOf, lang)}</td>
        </tr>
        <tr>
          <th>{en ? "Enterprise" : "企业"}</th><td>{profile.name ?? "—"}{profile.creditCode ? ` (${profile.creditCode})` : ""}</td>
          <th>{en ? "Rules" : "规则版本"}</th>
          <td>{en ? `version ${result.ruleset.version}, in force from ${dateText(result.ruleset.effectiveFrom, lang)}` : `${result.ruleset.version}（${dateText(result.ruleset.effectiveFrom, lang)} 起施行）`}</td>
        </tr>
        {accounts && (
          <tr><th>{en ? "Accounts" : "财务数据"}</th><td colspan={3}>{accounts.warning?.[lang] ?? accounts.year[lang]}</td></tr>
        )}
      </table>

      <h2>{en ? `Measures the enterprise can apply for (${groups.apply.length})` : `可以申请的政策（${groups.apply.length} 项）`}</h2>
      {groups.apply.length + groups.notCounted.length === 0
        ? <p>{en ? "None from the answers given." : "根据填写的信息，暂无。"}</p>
        : (
          <table class="print-table print-measures">
            <thead><tr><th>{en ? "Measure" : "政策"}</th><th>{en ? "Amount" : "金额"}</th><th>{en ? "When to apply" : "申报时间"}</th><th>{en ? "Department" : "办理部门"}</th></tr></thead>
            <tbody>
              <MeasureRows measures={groups.apply} lang={lang} />
              <MeasureRows measures={groups.notCounted} lang={lang} note={(m) => m.excludedBy
                ? (en ? " (not combinable with a better option: not counted)" : "（与更优的政策不可叠加，不计入合计）")
                : (en ? " (for reference only: not counted)" : "（仅供参考，不计入合计）")} />
            </tbody>
          </table>
        )}
      {totals.length > 0 && (
        <p class="print-totals">
          {en ? "Totals: " : "合计："}
          {totals.map(([k, zh, enLabel]) => `${en ? enLabel : zh} ${amountText(result.totals[k], lang)}`).join(en ? "; " : "；")}
        </p>
      )}

      {result.channels.length > 0 && (
        <>
          <h2>{en ? `Fast tracks opened (${result.channels.length})` : `已开通的绿色通道（${result.channels.length} 项）`}</h2>
          <table class="print-table">
            <thead><tr><th>{en ? "Fast track" : "通道"}</th><th>{en ? "Commitment" : "服务承诺"}</th><th>{en ? "Department" : "承办部门"}</th></tr></thead>
            <tbody>{result.channels.map((c) => <tr><td>{c.title[lang]}</td><td>{c.commitment[lang]}</td><td>{c.department[lang]}</td></tr>)}</tbody>
          </table>
        </>
      )}

      {open.length > 0 && (
        <p class="print-open">
          <strong>{en ? `Not yet decided (${open.length}): ` : `尚无法判断（${open.length} 项）：`}</strong>
          {open.map((m) => m.title[lang]).join(en ? "; " : "、")}
          {asked.length > 0 && (en ? `. To settle them, give: ${asked.join("; ")}.` : `。补充以下信息即可判断：${asked.join("、")}。`)}
        </p>
      )}

      <h2>{en ? "What the enterprise declared" : "企业填报的信息"}</h2>
      <div class="print-declared">
        {d.groups.filter((g) => g.rows.length > 0).map((g) => (
          <div class="print-group">
            <h3>{g.title}</h3>
            <dl>{g.rows.map((r) => <>{r.label && <dt>{r.label}</dt>}<dd>{r.value}</dd></>)}</dl>
          </div>
        ))}
      </div>
      {d.accounts && (
        <table class="print-table print-accounts">
          <caption>{d.accounts.title}</caption>
          <thead><tr><th></th>{d.accounts.years.map((y) => <th class="num">{y}</th>)}</tr></thead>
          <tbody>{d.accounts.items.map((i) => <tr><th>{i.label}</th>{i.values.map((v) => <td class="num">{v}</td>)}</tr>)}</tbody>
        </table>
      )}

      <table class="print-officer">
        <caption>{en ? "For the office that receives this summary" : "受理部门填写"}</caption>
        <tr><th>{en ? "Notes" : "受理意见"}</th><td colspan={3} class="print-blank-tall"></td></tr>
        <tr>
          <th>{en ? "Officer (signature)" : "经办人（签字）"}</th><td class="print-blank"></td>
          <th>{en ? "Stamp" : "单位（盖章）"}</th><td class="print-blank" rowspan={2}></td>
        </tr>
        <tr><th>{en ? "Date" : "日期"}</th><td class="print-blank"></td><th></th></tr>
      </table>
      <p class="print-foot">{en
        ? `An estimate from the answers the enterprise gave; the departments named decide on each application. Reference ${result.reference}; the full result, with the working and the conditions, is on screen.`
        : `本摘要依据企业填写的信息预判，是否享受以各主管部门审核为准。结果编号 ${result.reference}；完整结果（含计算过程和各项条件）见网页。`}</p>
    </section>
  );
}
