/** The parts of a draft's page a reviewer reads: findings, cases, coverage, diff, review log. */
import type { VersionCoverage } from "../../engine/coverage.js";
import type { CaseRun } from "../../review/check.js";
import { mismatchText } from "../../review/check.js";
import type { DraftFinding, DraftFindings, LogEntry } from "../../review/draft.js";
import type { RuleSetRef } from "../../ruleset/catalog.js";
import { structureText } from "../../ruleset/diff-text.js";
import type { RuleSetDiff } from "../../ruleset/diff.js";
import type { Lang } from "../i18n.js";
import { LOGGED, ROLE } from "./words.js";

function FindingTable({ lang, rows }: { lang: Lang; rows: DraftFinding[] }) {
  const en = lang === "en";
  return (
    <table>
      <thead><tr><th>{en ? "Where" : "位置"}</th><th>{en ? "Rule" : "规则"}</th><th>{en ? "Finding" : "问题"}</th></tr></thead>
      <tbody>{rows.map((f) => <tr><td><code>{f.pointer}</code></td><td><code>{f.rule}</code></td><td>{f.message}</td></tr>)}</tbody>
    </table>
  );
}

/** Lint and the draft's own checks (cases, date, reason), as of now. */
export function Findings({ lang, findings }: { lang: Lang; findings: DraftFindings }) {
  const en = lang === "en";
  const { errors, warnings } = findings;
  return (
    <section id="findings">
      <h2>{en ? "Check" : "检查结果"}</h2>
      {errors.length === 0 && warnings.length === 0 && <p><span class="badge ok">{en ? "no finding" : "无问题"}</span></p>}
      {errors.length > 0 && <>
        <h3 class="loss">{en ? `${errors.length} error(s): they stop it being proposed or published` : `${errors.length} 个错误：修正前不能提交审核或发布`}</h3>
        <FindingTable lang={lang} rows={errors} />
      </>}
      {warnings.length > 0 && (
        <details open={warnings.length <= 5}>
          <summary>{en ? `${warnings.length} warning(s): shown, they do not stop it` : `${warnings.length} 个提示：不影响提交审核`}</summary>
          <FindingTable lang={lang} rows={warnings} />
        </details>
      )}
    </section>
  );
}

/** Each case run against the draft. */
export function Cases({ lang, runs }: { lang: Lang; runs: CaseRun[] }) {
  const en = lang === "en";
  return (
    <section id="cases">
      <h2>{en ? `Cases (${runs.filter((r) => r.ok).length} of ${runs.length} pass)` : `测试用例（${runs.length} 个中 ${runs.filter((r) => r.ok).length} 个通过）`}</h2>
      {runs.length === 0 ? <p class="loss">{en ? "No case: a draft without cases cannot be proposed." : "没有测试用例：没有用例的草案不能提交审核。"}</p> : (
        <table>
          <thead><tr><th>{en ? "Where" : "位置"}</th><th>{en ? "Case" : "用例"}</th><th>{en ? "Date" : "日期"}</th><th>{en ? "Result" : "结果"}</th></tr></thead>
          <tbody>{runs.map((r) => (
            <tr data-case={r.index}>
              <td><code>/cases/{r.index}</code></td><td>{r.name}</td><td>{r.asOf}</td>
              <td>{r.ok ? <span class="badge ok">{en ? "passes" : "通过"}</span> : <>
                <span class="badge bad">{en ? "fails" : "未通过"}</span>
                {r.error && <div>{r.error}</div>}
                {r.mismatches?.map((m) => <div>{mismatchText(m)}</div>)}
              </>}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}

/** How much of the draft its cases exercise, measure by measure (as rules:test --coverage). */
export function Coverage({ lang, coverage }: { lang: Lang; coverage: VersionCoverage | null }) {
  const en = lang === "en";
  if (!coverage) return <section id="coverage"><h2>{en ? "Coverage" : "覆盖率"}</h2><p>{en ? "The draft does not load: no coverage." : "草案无法加载，无覆盖率。"}</p></section>;
  const never = coverage.conditions.filter((c) => c.seenTrue.length === 0 || c.seenFalse.length === 0).length;
  return (
    <section id="coverage">
      <h2>{en ? `Coverage: ${coverage.percent.toFixed(1)} %` : `覆盖率：${coverage.percent.toFixed(1)} %`}</h2>
      <p>{en
        ? `Conditions seen both true and false: ${coverage.outcomes.covered} of ${coverage.outcomes.total} outcomes; thresholds tested at, just below and just above the line: ${coverage.points.covered} of ${coverage.points.total} points. ${never} condition(s) never seen both ways.`
        : `条件取真、取假两种结果：${coverage.outcomes.total} 个中覆盖 ${coverage.outcomes.covered} 个；门槛值“正好、略低、略高”三点：${coverage.points.total} 个中覆盖 ${coverage.points.covered} 个。${never} 个条件未同时出现真和假。`}</p>
      <table>
        <thead><tr><th>{en ? "Measure" : "政策措施"}</th><th class="num">{en ? "Condition outcomes" : "条件结果"}</th><th class="num">{en ? "Threshold points" : "门槛点"}</th><th class="num">{en ? "Covered" : "覆盖"}</th></tr></thead>
        <tbody>{coverage.measures.map((m) => (
          <tr><td><code>{m.measureId}</code></td><td class="num">{m.outcomes.covered}/{m.outcomes.total}</td><td class="num">{m.points.covered}/{m.points.total}</td><td class="num">{m.percent.toFixed(1)} %</td></tr>
        ))}</tbody>
      </table>
    </section>
  );
}

/** The structural difference from the version the draft replaces (as rules:diff prints it). */
export function Diff({ lang, replaces, diff }: { lang: Lang; replaces: RuleSetRef | null; diff: RuleSetDiff | null }) {
  const en = lang === "en";
  return (
    <section id="diff">
      <h2>{en ? "Changes from the version it replaces" : "与被替代版本的差异"}</h2>
      {!replaces ? <p>{en ? "It replaces no version: nothing answers on its date without it." : "它不替代任何版本：在其生效日期没有其他版本答复。"}</p>
        : !diff ? <p>{en ? "The draft does not load: no diff." : "草案无法加载，无差异。"}</p>
          : <pre tabindex={0}>{structureText(diff).join("\n")}</pre>}
    </section>
  );
}

/** Every step of the draft's review, newest first. */
export function ReviewLog({ lang, log }: { lang: Lang; log: LogEntry[] }) {
  const en = lang === "en";
  return (
    <section id="log">
      <h2>{en ? "Review log" : "审核记录"}</h2>
      <table>
        <thead><tr><th>{en ? "When (UTC)" : "时间（UTC）"}</th><th>{en ? "Step" : "步骤"}</th><th>{en ? "Officer" : "工作人员"}</th><th>{en ? "Revision" : "修订"}</th><th>{en ? "Reason" : "理由"}</th></tr></thead>
        <tbody>{log.map((e) => (
          <tr data-step={e.action}>
            <td>{e.at.slice(0, 19).replace("T", " ")}</td><td>{LOGGED[e.action][lang]}</td>
            <td>{e.label} <span class="muted">({ROLE[e.role][lang]})</span></td><td class="num">{e.revision ?? "—"}</td><td>{e.reason ?? ""}</td>
          </tr>
        ))}</tbody>
      </table>
    </section>
  );
}
