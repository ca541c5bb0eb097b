/**
 * The administrative fast tracks the eligible measures open, with their commitments. A fast
 * track that is itself a measure (kind `fast-track`) is shown here, once: where to go and what
 * to bring sit under its channel.
 */
import type { MatchResult, MeasureResult } from "../../engine/result.js";
import type { Lang } from "../i18n.js";
import { ToBring } from "./ToBring.js";

function Opening({ m, lang }: { m: MeasureResult; lang: Lang }) {
  const en = lang === "en";
  return (
    <div class="channel-measure" data-measure={m.id} data-status={m.status}>
      {m.indicativeReason && <p class="note">{m.indicativeReason[lang]}</p>}
      {m.apply.window && <p>{en ? "When: " : "办理时间："}{m.apply.window[lang]}</p>}
      <ToBring m={m} lang={lang} heading="h4" />
    </div>
  );
}

export function Channels({ result, lang, titleOf, fastTracks }: { result: MatchResult; lang: Lang; titleOf: (id: string) => string; fastTracks: readonly MeasureResult[] }) {
  const en = lang === "en";
  if (!result.channels.length) return <p>{en ? "No fast track is opened by this profile." : "根据填写的信息，暂未开通绿色通道。"}</p>;
  return (
    <>
      {result.channels.map((ch) => (
        <article class="channel" data-channel={ch.id} aria-labelledby={`c-${ch.id}`}>
          <h3 id={`c-${ch.id}`}>{ch.title[lang]}</h3>
          <p>{ch.commitment[lang]}</p>
          <dl class="facts">
            <dt>{en ? "Handled by" : "承办部门"}</dt><dd>{ch.department[lang]}</dd>
            <dt>{en ? "Opened by" : "开通依据"}</dt><dd>{ch.openedBy.map(titleOf).join(en ? "; " : "；")}</dd>
          </dl>
          {fastTracks.filter((m) => ch.openedBy.includes(m.id)).map((m) => <Opening m={m} lang={lang} />)}
        </article>
      ))}
    </>
  );
}
