/** The enterprise's page frame: the service name, the language switch, the footer on how answers are used (PageFrame.tsx). */
import type { Child } from "hono/jsx";
import type { Lang } from "../i18n.js";
import { PageFrame } from "./PageFrame.js";

export function Layout({ lang, title, switcher, children }: { lang: Lang; title: string; switcher: Child; children: Child }) {
  const en = lang === "en";
  return (
    <PageFrame lang={lang} title={title} home={en ? "/?lang=en" : "/"} name={en ? "Enterprise policy match" : "惠企政策匹配"} switcher={switcher}
      footer={en
        ? "The results estimate which measures apply from what you enter; the departments named decide. Your answers are used only to answer this request and are not stored, unless you save them to your enterprise's dossier."
        : "匹配结果依据您填写的信息预判，最终以各主管部门审核为准。您填写的信息仅用于本次匹配，除非您选择保存到企业档案，否则不作保存。"}>
      {children}
    </PageFrame>
  );
}
