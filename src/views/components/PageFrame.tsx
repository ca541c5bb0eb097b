/**
 * The frame every page shares, the enterprise's and the staff console's: the document head
 * (this site's stylesheet only), the skip link, the header with the service's name and the
 * language switch, what comes under the header (the console's navigation), main, the footer.
 */
import type { Child } from "hono/jsx";
import { CSS_PATH } from "../assets.js";
import { htmlLang, type Lang } from "../i18n.js";

export interface PageFrameProps {
  lang: Lang;
  title: string;
  /** where the service's name links to */
  home: string;
  /** the service's name in the header */
  name: string;
  switcher: Child;
  /** under the header (a navigation bar) */
  below?: Child;
  /** the footer's sentence */
  footer: string;
  /** the body's class (the console's pages: `staff`) */
  bodyClass?: string;
  /** ask search engines not to index the page */
  noindex?: boolean;
  children: Child;
}

export function PageFrame({ lang, title, home, name, switcher, below, footer, bodyClass, noindex, children }: PageFrameProps) {
  const en = lang === "en";
  return (
    <html lang={htmlLang(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        {noindex && <meta name="robots" content="noindex" />}
        <title>{title}</title>
        <link rel="stylesheet" href={CSS_PATH} />
      </head>
      <body class={bodyClass}>
        <a class="skip-link" href="#main">{en ? "Skip to main content" : "跳到主要内容"}</a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={home}>
              {name}
              <span class="site-sub">{en ? "Baotou Rare Earth Hi-Tech Zone" : "包头稀土高新技术产业开发区"}</span>
            </a>
            {switcher}
          </div>
        </header>
        {below}
        <main id="main" class="wrap" tabindex={-1}>{children}</main>
        <footer class="site-footer">
          <div class="wrap"><p>{footer}</p></div>
        </footer>
      </body>
    </html>
  );
}
