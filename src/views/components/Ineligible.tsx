/**
 * Measures the enterprise does not qualify for, each folded with its reasons: the failing
 * conditions that decided it (engine/reasons.ts), alternatives none of which holds grouped
 * under "any one of these would do". A failing condition whose alternative holds is no reason.
 * An indicative measure says why, as on the eligible cards (a model policy of another region
 * must not read as a local one).
 */
import type { MatchResult } from "../../engine/result.js";
import { ANY_ONE, type Reason, reasonsOf } from "../../engine/reasons.js";
import { dateText } from "../format.js";
import type { Lang } from "../i18n.js";

/** Reasons as a list: a condition with its clause, or a group of alternatives (one item per branch). */
function Reasons({ reasons, lang }: { reasons: readonly Reason[]; lang: Lang }) {
  return (
    <ul class="conditions">
      {reasons.map((r) => "condition" in r
        ? <li>{r.condition.text[lang]}{r.condition.clause && <span class="clause">{r.condition.clause}</span>}</li>
        : (
          <li class="any-of" data-any={r.any}>
            <p class="any-of__head">{ANY_ONE[lang]}{lang === "en" ? ":" : "："}</p>
            <ol class="any-of__branches">{r.branches.map((b) => <li><Reasons reasons={b} lang={lang} /></li>)}</ol>
          </li>
        ))}
    </ul>
  );
}

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
          <Reasons reasons={reasonsOf(m.conditions)} lang={lang} />
          {m.indicativeReason && <p class="note">{m.indicativeReason[lang]}</p>}
        </details>
      ))}
    </>
  );
}
