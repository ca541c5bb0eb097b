/** The page frame: header with the service name and the language switch, main, footer. Styles from the Worker only. */
import type { Child } from "hono/jsx";
import { CSS_PATH } from "../assets.js";
import { htmlLang, type Lang } from "../i18n.js";

export function Layout({ lang, title, switcher, children }: { lang: Lang; title: string; switcher: Child; children: Child }) {
  const en = lang === "en";
  return (
    <html lang={htmlLang(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{title}</title>
        <link rel="stylesheet" href={CSS_PATH} />
      </head>
      <body>
        <a class="skip-link" href="#main">{en ? "Skip to main content" : "跳到主要内容"}</a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={en ? "/?lang=en" : "/"}>
              {en ? "Enterprise policy match" : "惠企政策匹配"}
              <span class="site-sub">{en ? "Baotou Rare Earth Hi-Tech Zone" : "包头稀土高新技术产业开发区"}</span>
            </a>
            {switcher}
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{en
              ? "The results estimate which measures apply from what you enter; the departments named decide. Your answers are used only to answer this request and are not stored, unless you save them to your enterprise's dossier."
              : "匹配结果依据您填写的信息预判，最终以各主管部门审核为准。您填写的信息仅用于本次匹配，除非您选择保存到企业档案，否则不作保存。"}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
