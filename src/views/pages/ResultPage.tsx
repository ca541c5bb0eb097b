/**
 * POST /match answered: the measures the firm can apply for first, grouped by kind, with
 * amounts in 万元, where to apply and what to bring, then those eligible but not counted; the
 * fast tracks opened; near-misses; what is still undetermined and which answers would settle
 * it; the reference, rule-set version and age of the accounts. Printed, it is its summary
 * (PrintSummary): the full detail stays on screen.
 */
import type { Child } from "hono/jsx";
import type { MatchResult, MeasureResult } from "../../engine/result.js";
import { Channels } from "../components/Channels.js";
import { Derived } from "../components/Derived.js";
import { HiddenValues } from "../components/HiddenValues.js";
import { IncomeTax } from "../components/IncomeTax.js";
import { Ineligible } from "../components/Ineligible.js";
import { ReceivedList } from "../components/ReceivedList.js";
import { LangSwitch } from "../components/LangSwitch.js";
import { Layout } from "../components/Layout.js";
import { MeasureCard } from "../components/MeasureCard.js";
import { NearMisses } from "../components/NearMisses.js";
import { Totals } from "../components/Totals.js";
import { Undetermined } from "../components/Undetermined.js";
import type { EnterpriseProfile } from "../../profile/index.js";
import { accountsAge } from "../accounts-age.js";
import { PrintSummary } from "../components/PrintSummary.js";
import type { FormValues } from "../field-index.js";
import { eligibleGroups } from "../result-groups.js";
import { dateText, KIND_ORDER, MEASURE_KIND } from "../format.js";
import type { Lang } from "../i18n.js";

/** One part of the page, headed and linked from the contents. */
function Section({ id, title, children }: { id: string; title: Child; children: Child }) {
  return (
    <section class="result-section" id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function byKind(measures: readonly MeasureResult[]): [string, MeasureResult[]][] {
  const kinds = [...new Set([...KIND_ORDER, ...measures.map((m) => m.kind)])];
  return kinds.map((k): [string, MeasureResult[]] => [k, measures.filter((m) => m.kind === k)]).filter(([, ms]) => ms.length > 0);
}

export interface ResultPageProps {
  result: MatchResult;
  lang: Lang;
  /** the form's answers as typed (kept for "Change your answers" and the language switch) */
  values: FormValues;
  /** the profile they were read into (its name, its accounts, and what the printed summary lists) */
  profile: EnterpriseProfile;
  /** replace the language switch and the actions at the foot (a kept decision's page has links instead of the forms that re-post the answers) */
  switcher?: Child;
  actions?: Child;
}

export function ResultPage({ result, lang, values, profile, switcher, actions }: ResultPageProps) {
  const en = lang === "en";
  const name = profile.name;
  const titles = new Map(result.measures.map((m) => [m.id, m.title[lang]]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const groups = eligibleGroups(result);
  const received = result.measures.filter((m) => m.received);
  const open = received.length ? { ...result, measures: result.measures.filter((m) => !m.received) } : result; // received: not an opportunity
  const accounts = accountsAge(profile, result.asOf);
  const sections = [
    ["eligible", en ? "Measures you can apply for" : "可以申请的政策"],
    ["channels", en ? "Fast tracks opened" : "已开通的绿色通道"],
    ["near-misses", en ? "Within reach" : "差一点就能符合"],
    ["undetermined", en ? "Still to be settled" : "尚无法判断"],
    ["ineligible", en ? "Not eligible now" : "暂不符合"],
  ] as const;
  const [sEligible, sChannels, sNear, sOpen, sOut] = sections;
  const count = (n: number) => (en ? ` (${n})` : `（${n} 项）`);
  return (
    <Layout lang={lang} title={`${en ? "Results" : "匹配结果"}${name ? ` · ${name}` : ""}`} switcher={switcher ?? <LangSwitch lang={lang} values={values} />}>
      <div class="screen-only">
        <h1>{en ? "Your results" : "政策匹配结果"}</h1>
        <dl class="meta">
          {name && <><dt>{en ? "Enterprise" : "企业"}</dt><dd>{name}</dd></>}
          <dt>{en ? "Evaluated on" : "评估日期"}</dt><dd data-as-of={result.asOf}>{dateText(result.asOf, lang)}</dd>
          <dt>{en ? "Rules" : "规则版本"}</dt>
          <dd data-ruleset-version={result.ruleset.version}>
            {en ? `version ${result.ruleset.version}, in force from ${dateText(result.ruleset.effectiveFrom, lang)}` : `${result.ruleset.version}（${dateText(result.ruleset.effectiveFrom, lang)} 起施行）`}
          </dd>
          <dt>{en ? "Reference" : "结果编号"}</dt><dd class="reference" data-reference={result.reference}>{result.reference}</dd>
          {accounts && <><dt>{en ? "Accounts" : "财务数据"}</dt><dd data-accounts-year={accounts.latest}>{accounts.year[lang]}</dd></>}
        </dl>
        {accounts?.warning && <p class="note" data-accounts-warning>{accounts.warning[lang]}</p>}
        <Totals result={result} groups={groups} lang={lang} />
        <p class="print-hint">{en
          ? "To take this result to the zone's office, print the page (or save it as PDF): it prints as a one- or two-page summary with the reference and a space for the officer."
          : "如需到园区窗口办理，请打印本页（或另存为 PDF）：打印件为一至两页的摘要，含结果编号和受理部门填写栏。"}</p>
        <nav class="contents" aria-label={en ? "On this page" : "本页内容"}>
          <ul>{sections.map(([id, title]) => <li><a href={`#${id}`}>{title}</a></li>)}</ul>
        </nav>

        <Section id={sEligible[0]} title={<>{sEligible[1]}{count(groups.apply.length)}</>}>
          {groups.apply.length === 0 && <p>{en ? "None yet from what you entered: see what is within reach and what is still to be settled." : "根据目前填写的信息，暂无可以申请的政策。请查看下方“差一点就能符合”和“尚无法判断”。"}</p>}
          {byKind(groups.apply).map(([kind, ms]) => (
            <div class="kind-group">
              <h3>{MEASURE_KIND[kind]?.[lang] ?? kind}</h3>
              {ms.map((m) => <MeasureCard m={m} lang={lang} />)}
            </div>
          ))}
          {groups.notCounted.length > 0 && (
            <div class="kind-group" data-group="not-counted">
              <h3>{en ? `Also eligible, not counted${count(groups.notCounted.length)}` : `同样符合，但不计入${count(groups.notCounted.length)}`}</h3>
              <p class="muted">{en ? "Shown for reference: an indicative measure, or one that cannot be combined with a better option." : "仅供参考：依据尚待核实的政策，或与更优的政策不可叠加。"}</p>
              {groups.notCounted.map((m) => <MeasureCard m={m} lang={lang} />)}
            </div>
          )}
        </Section>
        {result.incomeTax && (
          <Section id="income-tax" title={en ? "Income tax, computed once for these incentives" : "企业所得税测算（各项优惠合并计算）"}>
            <IncomeTax result={result} lang={lang} titleOf={titleOf} />
          </Section>
        )}
        {received.length > 0 && (
          <Section id="received" title={<>{en ? "Already received for this period" : "本期已享受"}{count(received.length)}</>}>
            <ReceivedList measures={received} lang={lang} />
          </Section>
        )}
        <Section id={sChannels[0]} title={<>{sChannels[1]}{result.channels.length ? count(result.channels.length) : ""}</>}>
          <Channels result={result} lang={lang} titleOf={titleOf} fastTracks={groups.fastTracks} />
        </Section>
        <Section id={sNear[0]} title={sNear[1]}>
          <NearMisses result={result} lang={lang} />
        </Section>
        <Section id={sOpen[0]} title={sOpen[1]}>
          <Undetermined result={open} lang={lang} titleOf={titleOf} />
        </Section>
        <Section id={sOut[0]} title={sOut[1]}>
          <Ineligible result={open} lang={lang} />
        </Section>
        <section class="result-section" aria-labelledby="derived-h">
          <h2 id="derived-h">{en ? "Figures computed from your answers" : "根据填写信息计算的指标"}</h2>
          <Derived result={result} lang={lang} />
        </section>
        <p class="disclaimer">{en
          ? `Result ${result.reference}, rules version ${result.ruleset.version}. An estimate from the answers given: the departments named decide on each application.`
          : `结果编号 ${result.reference}，规则版本 ${result.ruleset.version}。本结果依据您填写的信息预判，是否享受以主管部门审核为准。`}</p>
        {actions ?? (
          <div class="actions">
            <form method="post" action="/match" class="inline-form">
              <HiddenValues values={values} />
              <input type="hidden" name="lang" value={lang} />
              <button class="button button--secondary" type="submit" name="_action" value="edit">{en ? "Change your answers" : "修改填写内容"}</button>
              {" "}
              <button class="button button--secondary" type="submit" name="_action" value="save">{en ? "Save to the dossier" : "保存到企业档案"}</button>
            </form>
            <a href={en ? "/?lang=en" : "/"}>{en ? "Start again with an empty form" : "重新填写"}</a>
          </div>
        )}
      </div>
      <PrintSummary result={result} profile={profile} lang={lang} groups={groups} accounts={accounts} />
    </Layout>
  );
}
