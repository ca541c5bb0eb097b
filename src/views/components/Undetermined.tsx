/**
 * What cannot be decided yet: the questions that would settle most (with the money waiting on
 * them), then each undetermined measure and the information it lacks.
 */
import type { MatchResult } from "../../engine/result.js";
import { inputLabel } from "../../profile/index.js";
import { amountText, factLabel } from "../format.js";
import type { Lang } from "../i18n.js";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function Undetermined({ result, lang, titleOf }: { result: MatchResult; lang: Lang; titleOf: (id: string) => string }) {
  const en = lang === "en";
  const open = result.measures.filter((m) => m.status === "undetermined");
  const label = (name: string) => capital(inputLabel(name)?.[lang] ?? factLabel(name, lang));
  if (!open.length && !result.nextQuestions.length) return <p>{en ? "Nothing: every measure could be decided." : "无：所有政策均已判断。"}</p>;
  return (
    <>
      {result.nextQuestions.length > 0 && (
        <>
          <h3>{en ? "Answer these first" : "建议优先补充"}</h3>
          <ol class="question-list">
            {result.nextQuestions.map((q) => (
              <li data-question={q.fact}>
                <strong>{capital(q.label[lang])}</strong>
                {en ? " — settles: " : "：可确定 "}{q.settles.map(titleOf).join(en ? "; " : "、")}
                {q.value > 0 && <span class="muted">{en ? ` (at least ${amountText(q.value, lang)} at stake)` : `（涉及至少 ${amountText(q.value, lang)}）`}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {open.length > 0 && (
        <>
          <h3>{en ? `Undetermined measures (${open.length})` : `尚无法判断的政策（${open.length} 项）`}</h3>
          <ul class="open-list">
            {open.map((m) => (
              <li data-measure={m.id} data-status={m.status}>
                <strong>{m.title[lang]}</strong>
                <span class="open-missing">{en ? "Missing: " : "还需补充："}{m.missingFacts.map(label).join(en ? "; " : "；")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
