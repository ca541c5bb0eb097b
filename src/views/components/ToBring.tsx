/** What a measure asks of the applicant: the documents to bring, and what to confirm themselves. */
import type { MeasureResult } from "../../engine/result.js";
import type { Lang } from "../i18n.js";

/** @param heading the heading element of the two lists (h5 in a measure card, h4 under a channel) */
export function ToBring({ m, lang, heading: H = "h5" }: { m: Pick<MeasureResult, "requiredDocuments" | "unmodeledConditions">; lang: Lang; heading?: "h4" | "h5" }) {
  const en = lang === "en";
  return (
    <>
      {m.requiredDocuments.length > 0 && (
        <>
          <H>{en ? "Documents to bring" : "需准备的材料"}</H>
          <ul>{m.requiredDocuments.map((d) => <li>{d[lang]}</li>)}</ul>
        </>
      )}
      {m.unmodeledConditions.length > 0 && (
        <>
          <H>{en ? "Also check yourself" : "还需您自行确认"}</H>
          <ul>{m.unmodeledConditions.map((d) => <li>{d[lang]}</li>)}</ul>
        </>
      )}
    </>
  );
}
