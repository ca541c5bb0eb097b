/**
 * A kept decision's page (`/decisions/<id>`): its language switch is a link (the page has a
 * stable address, nothing to re-post), and its actions say when it was decided, offer the
 * signed receipt, and — to the firm that opened its dossier in this browser only — the way
 * back to its answers. An advisor holding the link sees the result and nothing else.
 */
import { dateText } from "../format.js";
import { type Lang, otherLang } from "../i18n.js";

export function StoredResultSwitch({ lang, path }: { lang: Lang; path: string }) {
  const to = otherLang(lang);
  return (
    <nav class="lang-switch" aria-label={lang === "en" ? "Language" : "语言"}>
      <a href={`${path}?lang=${to}`} hreflang={to} lang={to}>{to === "en" ? "English" : "中文"}</a>
    </nav>
  );
}

export function StoredResultActions({ lang, path, owner, decidedAt }: { lang: Lang; path: string; owner: boolean; decidedAt: string }) {
  const en = lang === "en";
  const q = en ? "?lang=en" : "";
  return (
    <>
      <p class="muted stored-note" data-decided-at={decidedAt}>{en
        ? `A result kept in the enterprise's dossier on ${dateText(decidedAt.slice(0, 10), lang)}. This page has its own address: bookmark it, or send it to an advisor, who sees this result and nothing else of the dossier.`
        : `本结果已于 ${dateText(decidedAt.slice(0, 10), lang)} 保存到企业档案。本页有固定网址，可收藏或发送给顾问；顾问只能看到本结果，看不到档案的其他内容。`}</p>
      <div class="actions">
        <a class="button button--secondary" href={`${path}/receipt.json`} download>{en ? "Signed receipt (JSON)" : "下载签名回执（JSON）"}</a>
        {owner && <a class="button button--secondary" href={`/?dossier=continue${en ? "&lang=en" : ""}`}>{en ? "Change your answers" : "修改填写内容"}</a>}
        {owner ? <a href={`/dossier${q}`}>{en ? "Your dossier" : "查看档案"}</a> : <a href={`/${q}`}>{en ? "Check your own enterprise" : "查询本企业"}</a>}
      </div>
    </>
  );
}
