/** Measures the enterprise does not qualify for, each folded with the conditions it fails. */
import type { MatchResult } from "../../engine/result.js";
import { dateText } from "../format.js";
import type { Lang } from "../i18n.js";

export function Ineligible({ result, lang }: { result: MatchResult; lang: Lang }) {
  const en = lang === "en";
  const out = result.measures.filter((m) => m.status === "ineligible");
  if (!out.length) return <p>{en ? "None." : "无。"}</p>;
  return (
    <>
      {out.map((m) => (
        <details class="measure measure--ineligible" data-measure={m.id} data-status={m.status}>
          <summary>{m.title[lang]}</summary>
          {m.eligibleFrom && <p>{en ? `Eligible from ${dateText(m.eligibleFrom, lang)}, all else unchanged.` : `在其他条件不变时，自 ${dateText(m.eligibleFrom, lang)} 起符合条件。`}</p>}
          <ul class="conditions">
            {m.conditions.filter((c) => c.result === false).map((c) => (
              <li>{c.text[lang]}{c.clause && <span class="clause">{c.clause}</span>}</li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
