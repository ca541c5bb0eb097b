/** The administrative fast tracks the eligible measures open, with their commitments. */
import type { MatchResult } from "../../engine/result.js";
import type { Lang } from "../i18n.js";

export function Channels({ result, lang, titleOf }: { result: MatchResult; lang: Lang; titleOf: (id: string) => string }) {
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
        </article>
      ))}
    </>
  );
}
