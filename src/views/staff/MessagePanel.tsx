/** A short console page for a refusal or a failure: a headline, a sentence, the request's reference on a failure. */
import type { Officer } from "../../review/roles.js";
import type { Lang, Msg } from "../i18n.js";
import { StaffLayout } from "./Layout.js";

export function MessagePanel({ lang, officer, title, text, reference }: { lang: Lang; officer?: Officer | undefined; title: Msg; text: Msg; reference?: string | undefined }) {
  const en = lang === "en";
  return (
    <StaffLayout lang={lang} title={title[lang]} here="/staff/" officer={officer}>
      <h1>{title[lang]}</h1>
      <p class="lead">{text[lang]}</p>
      {reference && <p class="muted">{en ? "Reference: " : "请求编号："}<code>{reference}</code></p>}
      <p><a href="/staff/">{en ? "Back to the console" : "返回控制台"}</a></p>
    </StaffLayout>
  );
}
