/**
 * The language switch. On the empty form a link (`?lang=en`); on a page made from posted answers
 * a small form that posts them again in the other language, so nothing is lost.
 */
import type { FormValues } from "../field-index.js";
import { otherLang, type Lang } from "../i18n.js";
import { HiddenValues } from "./HiddenValues.js";

const NAME: Record<Lang, string> = { "zh-CN": "中文", en: "English" };

export function LangSwitch({ lang, values, action }: { lang: Lang; values?: FormValues; action?: string }) {
  const to = otherLang(lang);
  const hint = to === "en" ? "Read this page in English" : "切换为中文";
  if (!values) {
    return (
      <nav class="lang-switch" aria-label={lang === "en" ? "Language" : "语言"}>
        <a href={to === "en" ? "/?lang=en" : "/?lang=zh-CN"} hreflang={to} lang={to} title={hint}>{NAME[to]}</a>
      </nav>
    );
  }
  return (
    <form class="lang-switch" method="post" action="/match" aria-label={lang === "en" ? "Language" : "语言"}>
      <HiddenValues values={values} />
      <input type="hidden" name="lang" value={to} />
      {action && <input type="hidden" name="_action" value={action} />}
      <button type="submit" lang={to} title={hint}>{NAME[to]}</button>
    </form>
  );
}
