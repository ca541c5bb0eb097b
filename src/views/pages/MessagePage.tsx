/** A short page for a refused or failed request (forged post, too large, wrong type, failure), in the reader's language. */
import { LangSwitch } from "../components/LangSwitch.js";
import { Layout } from "../components/Layout.js";
import type { Lang, Msg } from "../i18n.js";

export function MessagePage({ lang, title, text, reference }: { lang: Lang; title: Msg; text: Msg; reference?: string }) {
  const en = lang === "en";
  return (
    <Layout lang={lang} title={title[lang]} switcher={<LangSwitch lang={lang} />}>
      <h1>{title[lang]}</h1>
      <p class="lead">{text[lang]}</p>
      {reference && <p class="muted">{en ? "Reference: " : "请求编号："}<code>{reference}</code></p>}
      <p><a href={en ? "/?lang=en" : "/"}>{en ? "Back to the form" : "返回填写页面"}</a></p>
    </Layout>
  );
}
