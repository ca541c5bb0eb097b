/**
 * The console's frame (docs/staff.md) in the site's page frame (PageFrame.tsx): the console's
 * name and the language switch, the navigation (nav.ts) with the signed-in officer and
 * sign-out, main, footer. Every console page renders inside it; a page not in STAFF_NAV (a
 * draft's page) names the entry it belongs to.
 */
import type { Child } from "hono/jsx";
import type { Officer } from "../../review/roles.js";
import { PageFrame } from "../components/PageFrame.js";
import { type Lang, otherLang } from "../i18n.js";
import { STAFF_NAV } from "./nav.js";
import { ROLE } from "./words.js";

/** `here` with `?lang=` set to `lang` (the switch's link). */
export function withLang(here: string, lang: Lang): string {
  const url = new URL(here, "http://x");
  url.searchParams.set("lang", lang);
  return url.pathname + url.search;
}

export interface StaffLayoutProps {
  lang: Lang;
  title: string;
  /** the path and query of this page (for the language switch) */
  here: string;
  /** the nav entry this page belongs to (its path) */
  current?: string;
  /** the signed-in officer (none on the sign-in page) */
  officer?: Officer;
  children: Child;
}

export function StaffLayout({ lang, title, here, current, officer, children }: StaffLayoutProps) {
  const en = lang === "en";
  const to = otherLang(lang);
  const nav = officer && (
    <nav class="staff-nav" aria-label={en ? "Console" : "控制台"}>
      <div class="wrap">
        {STAFF_NAV.filter((e) => !e.roles || e.roles.includes(officer.role)).map((e) => <a href={e.path} aria-current={e.path === current ? "page" : undefined}>{e.label[lang]}</a>)}
        <span class="who">
          <span>{officer.label} · {ROLE[officer.role][lang]}</span>
          <form method="post" action="/staff/sign-out"><button type="submit">{en ? "Sign out" : "退出"}</button></form>
        </span>
      </div>
    </nav>
  );
  return (
    <PageFrame lang={lang} title={`${title} · ${en ? "Staff console" : "工作人员控制台"}`} home="/staff/" bodyClass="staff" noindex
      name={en ? "Policy match · staff console" : "惠企政策匹配 · 工作人员控制台"}
      switcher={<nav class="lang-switch" aria-label={en ? "Language" : "语言"}><a href={withLang(here, to)} hreflang={to} lang={to}>{to === "en" ? "English" : "中文"}</a></nav>}
      below={nav}
      footer={en
        ? "For the zone's policy officers. Every action is recorded with your name in the review log and the audit."
        : "仅供园区政策工作人员使用。每项操作都会以您的名义记入审核记录和审计记录。"}>
      {children}
    </PageFrame>
  );
}

/** What a page says at its top: an action done, or refused with the service's reason (a sentence, or the points to fix). */
export interface Notice {
  title: string;
  detail?: string | undefined;
  items?: string[] | undefined;
  ok?: boolean | undefined;
}

/** A notice at the top of a page. */
export function Alert({ title, detail, items, ok }: Notice) {
  return (
    <div class={ok ? "alert ok" : "alert"} role={ok ? "status" : "alert"}>
      <p><strong>{title}</strong></p>
      {items?.length ? <ul>{items.map((i) => <li>{i}</li>)}</ul> : detail && <p>{detail}</p>}
    </div>
  );
}
