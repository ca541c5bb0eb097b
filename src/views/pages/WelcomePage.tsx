/** GET /dossier/welcome: the access token of a new dossier, shown this once, and the way to its results. */
import { Layout } from "../components/Layout.js";
import type { Lang } from "../i18n.js";

export function WelcomePage({ lang, token, creditCode, resultPage }: { lang: Lang; token?: string; creditCode?: string; resultPage?: string }) {
  const en = lang === "en";
  return (
    <Layout lang={lang} title={en ? "Your dossier is made" : "企业档案已建立"} switcher={<span />}>
      <h1>{en ? "Your dossier is made" : "企业档案已建立"}</h1>
      {token
        ? <>
          <p class="lead">{en
            ? "Write down or store this access token now: it is shown only this once, and with your credit code it opens your dossier from any browser."
            : "请立即记录或妥善保存以下访问令牌：它只显示这一次；凭统一社会信用代码和令牌，可在任何浏览器打开您的档案。"}</p>
          <p class="panel token" data-token-for={creditCode}><code>{token}</code></p>
        </>
        : <p class="lead">{en ? "The token was shown already. Keep it: it is not shown again." : "令牌已显示过，不会再次显示，请妥善保存。"}</p>}
      <div class="actions">
        {resultPage && <a class="button" href={`${resultPage}${en ? "?lang=en" : ""}`}>{en ? "See your results" : "查看匹配结果"}</a>}
        <a href={en ? "/dossier?lang=en" : "/dossier"}>{en ? "Your dossier" : "查看档案"}</a>
      </div>
    </Layout>
  );
}

