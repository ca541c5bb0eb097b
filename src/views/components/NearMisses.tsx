/** Measures just out of reach, and the changes the enterprise could make to reach them. */
import type { MatchResult } from "../../engine/result.js";
import { AMOUNT_KIND, amountText } from "../format.js";
import type { Lang } from "../i18n.js";

export function NearMisses({ result, lang }: { result: MatchResult; lang: Lang }) {
  const en = lang === "en";
  if (!result.nearMisses.length) return <p>{en ? "None." : "暂无。"}</p>;
  return (
    <>
      {result.nearMisses.map((n) => (
        <article class="measure measure--ineligible" data-near-miss={n.measureId} aria-labelledby={`n-${n.measureId}`}>
          <h3 id={`n-${n.measureId}`}>{n.title[lang]}</h3>
          <p>{en ? "Would be within reach with:" : "做到以下几点即可符合："}</p>
          <ul class="gap-list">{n.gaps.map((g) => <li>{g.change[lang]}</li>)}</ul>
          {n.valueUnlocked > 0 && (
            <p class="unlock">
              {en ? "Then worth about " : "届时预计可获 "}{amountText(n.valueUnlocked, lang)}
              {n.kind && <span class="muted">{en ? ` (${AMOUNT_KIND[n.kind]?.en ?? n.kind})` : `（${AMOUNT_KIND[n.kind]?.["zh-CN"] ?? n.kind}）`}</span>}
            </p>
          )}
        </article>
      ))}
    </>
  );
}
