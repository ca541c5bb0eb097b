/**
 * POST /match answered: eligible measures first, grouped by kind, with amounts in 万元, where
 * to apply and what to bring; the fast tracks opened; near-misses; what is still undetermined
 * and which answers would settle it; the rule-set version. Printable for a policy concierge.
 */
import type { Child } from "hono/jsx";
import type { MatchResult, MeasureResult } from "../../engine/result.js";
import { Channels } from "../components/Channels.js";
import { Derived } from "../components/Derived.js";
import { HiddenValues } from "../components/HiddenValues.js";
import { IncomeTax } from "../components/IncomeTax.js";
import { Ineligible } from "../components/Ineligible.js";
import { LangSwitch } from "../components/LangSwitch.js";
import { Layout } from "../components/Layout.js";
import { MeasureCard } from "../components/MeasureCard.js";
import { NearMisses } from "../components/NearMisses.js";
import { Totals } from "../components/Totals.js";
import { Undetermined } from "../components/Undetermined.js";
import type { FormValues } from "../field-index.js";
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

export function ResultPage({ result, lang, values, name }: { result: MatchResult; lang: Lang; values: FormValues; name?: string }) {
  const en = lang === "en";
  const titles = new Map(result.measures.map((m) => [m.id, m.title[lang]]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const eligible = result.measures.filter((m) => m.status === "eligible");
  const sections = [
    ["eligible", en ? "Measures you can apply for" : "可以申请的政策"],
    ["channels", en ? "Fast tracks opened" : "已开通的绿色通道"],
    ["near-misses", en ? "Within reach" : "差一点就能符合"],
    ["undetermined", en ? "Still to be settled" : "尚无法判断"],
    ["ineligible", en ? "Not eligible now" : "暂不符合"],
  ] as const;
  const [sEligible, sChannels, sNear, sOpen, sOut] = sections;
  return (
    <Layout lang={lang} title={`${en ? "Results" : "匹配结果"}${name ? ` · ${name}` : ""}`} switcher={<LangSwitch lang={lang} values={values} />}>
      <h1>{en ? "Your results" : "政策匹配结果"}</h1>
      <dl class="meta">
        {name && <><dt>{en ? "Enterprise" : "企业"}</dt><dd>{name}</dd></>}
        <dt>{en ? "Evaluated on" : "评估日期"}</dt><dd data-as-of={result.asOf}>{dateText(result.asOf, lang)}</dd>
        <dt>{en ? "Rules" : "规则版本"}</dt>
        <dd data-ruleset-version={result.ruleset.version}>
          {en ? `version ${result.ruleset.version}, in force from ${dateText(result.ruleset.effectiveFrom, lang)}` : `${result.ruleset.version}（${dateText(result.ruleset.effectiveFrom, lang)} 起施行）`}
        </dd>
        <dt>{en ? "Decision id" : "结果编号"}</dt><dd><code>{result.decisionId.slice(0, 19)}…</code></dd>
      </dl>
      <Totals result={result} lang={lang} />
      <nav class="contents" aria-label={en ? "On this page" : "本页内容"}>
        <ul>{sections.map(([id, title]) => <li><a href={`#${id}`}>{title}</a></li>)}</ul>
      </nav>

      <Section id={sEligible[0]} title={<>{sEligible[1]}{en ? ` (${eligible.length})` : `（${eligible.length} 项）`}</>}>
        {eligible.length === 0 && <p>{en ? "None yet from what you entered: see what is within reach and what is still to be settled." : "根据目前填写的信息，暂无符合条件的政策。请查看下方“差一点就能符合”和“尚无法判断”。"}</p>}
        {byKind(eligible).map(([kind, ms]) => (
          <div class="kind-group">
            <h3>{MEASURE_KIND[kind]?.[lang] ?? kind}</h3>
            {ms.map((m) => <MeasureCard m={m} lang={lang} />)}
          </div>
        ))}
      </Section>
      {result.incomeTax && (
        <Section id="income-tax" title={en ? "Income tax, computed once for these incentives" : "企业所得税测算（各项优惠合并计算）"}>
          <IncomeTax result={result} lang={lang} titleOf={titleOf} />
        </Section>
      )}
      <Section id={sChannels[0]} title={sChannels[1]}>
        <Channels result={result} lang={lang} titleOf={titleOf} />
      </Section>
      <Section id={sNear[0]} title={sNear[1]}>
        <NearMisses result={result} lang={lang} />
      </Section>
      <Section id={sOpen[0]} title={sOpen[1]}>
        <Undetermined result={result} lang={lang} titleOf={titleOf} />
      </Section>
      <Section id={sOut[0]} title={sOut[1]}>
        <Ineligible result={result} lang={lang} />
      </Section>
      <section class="result-section" aria-labelledby="derived-h">
        <h2 id="derived-h">{en ? "Figures computed from your answers" : "根据填写信息计算的指标"}</h2>
        <Derived result={result} lang={lang} />
      </section>
      <p class="disclaimer">{en
        ? `Rule set ${result.ruleset.id}, version ${result.ruleset.version} (${result.ruleset.hash.slice(0, 19)}…). An estimate from the answers given: the departments named decide on each application.`
        : `规则集 ${result.ruleset.id}，版本 ${result.ruleset.version}（${result.ruleset.hash.slice(0, 19)}…）。本结果依据您填写的信息预判，是否享受以主管部门审核为准。`}</p>
      <div class="actions">
        <form method="post" action="/match" class="inline-form">
          <HiddenValues values={values} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="_action" value="edit" />
          <button class="button button--secondary" type="submit">{en ? "Change your answers" : "修改填写内容"}</button>
        </form>
        <a href={en ? "/?lang=en" : "/"}>{en ? "Start again with an empty form" : "重新填写"}</a>
      </div>
    </Layout>
  );
}
