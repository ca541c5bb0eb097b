/**
 * One eligible measure: what it is, how much (in 万元, with the working; or why the amount is
 * withheld, past the money limit), where and when to apply, the documents to bring, what the applicant must still confirm, and its source.
 */
import type { MeasureResult } from "../../engine/result.js";
import { AMOUNT_KIND, amountText, dateText } from "../format.js";
import type { Lang } from "../i18n.js";
import { ToBring } from "./ToBring.js";

function Amount({ m, lang }: { m: MeasureResult; lang: Lang }) {
  const en = lang === "en";
  if (!m.amount) return null;
  const bound = m.amount.bound === "floor" ? (en ? "at least " : "不少于 ") : m.amount.bound === "ceiling" ? (en ? "up to " : "最高 ") : "";
  return (
    <>
      <p class="amount">
        <span class="muted">{AMOUNT_KIND[m.amount.kind]?.[lang] ?? m.amount.kind}{en ? ": " : "："}</span>
        <strong data-amount={m.amount.value}>{bound}{amountText(m.amount.value, lang)}</strong>
      </p>
      <p class="basis"><span class="vh">{en ? "Working: " : "计算依据："}</span>{m.amount.basis[lang]}</p>
    </>
  );
}

export function MeasureCard({ m, lang }: { m: MeasureResult; lang: Lang }) {
  const en = lang === "en";
  const colon = en ? ": " : "：";
  return (
    <article class="measure" id={`m-${m.id}`} data-measure={m.id} data-status={m.status} aria-labelledby={`m-${m.id}-title`}>
      <h4 id={`m-${m.id}-title`}>{m.title[lang]}</h4>
      <p>
        <span class="tag tag--ok">{en ? "Eligible" : "符合条件"}</span>
        {m.indicative && <span class="tag tag--warn">{en ? "Indicative" : "仅供参考"}</span>}
        {m.excludedBy && <span class="tag tag--muted">{en ? "Not combinable" : "不可叠加"}</span>}
      </p>
      <p class="summary">{m.summary[lang]}</p>
      <Amount m={m} lang={lang} />
      {m.amountWithheld && <p class="note" data-amount-withheld>{m.amountWithheld[lang]}</p>}
      {m.amount === null && m.missingFacts.length > 0 && <p class="note">{en ? "The amount needs more information: see “Still to be settled”." : "金额还需补充信息才能计算，见“尚无法判断”部分。"}</p>}
      {m.indicativeReason && <p class="note">{m.indicativeReason[lang]}</p>}
      {m.excludedReason && <p class="note">{m.excludedReason[lang]}</p>}
      {m.eligibleUntil && <p>{en ? `Eligible until ${dateText(m.eligibleUntil, lang)}, all else unchanged.` : `在其他条件不变时，符合条件至 ${dateText(m.eligibleUntil, lang)}。`}</p>}
      <dl class="facts">
        <dt>{en ? "Where to apply" : "办理部门"}</dt>
        <dd>{m.apply.department[lang]}</dd>
        {m.apply.window && <><dt>{en ? "When" : "申报时间"}</dt><dd>{m.apply.window[lang]}</dd></>}
        {m.apply.url && <><dt>{en ? "Online" : "网上办理"}</dt><dd><a href={m.apply.url} rel="noreferrer">{m.apply.url}</a></dd></>}
      </dl>
      <ToBring m={m} lang={lang} />
      <p class="source">
        {en ? "Source" : "政策依据"}{colon}{m.source.title}{m.source.number ? `（${m.source.number}）` : ""}{m.source.clause ? ` ${m.source.clause}` : ""}
      </p>
    </article>
  );
}
