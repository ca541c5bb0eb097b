/**
 * The form's dossier panel: working in an opened dossier (whose, which version the answers
 * come from, what the form could not hold), or how to keep the answers in one.
 */
import type { Dossier } from "../../dossier/types.js";
import { dateText } from "../format.js";
import type { Lang } from "../i18n.js";

/** The opened dossier as the form shows it. */
export interface DossierInForm {
  creditCode: string;
  name: string | null;
  /** the version the answers were prefilled from (none: a blank form in an opened dossier) */
  from?: { version: number; savedOn: string; nextYear: boolean };
  /** profile paths of that version the form cannot hold (profile-form.ts) */
  dropped: readonly string[];
}

/** A dossier as the panel shows it, the answers not prefilled from it. */
export const inForm = (d: Pick<Dossier, "creditCode" | "name">): DossierInForm => ({ creditCode: d.creditCode, name: d.name, dropped: [] });

export function DossierBar({ lang, dossier }: { lang: Lang; dossier?: DossierInForm | undefined }) {
  const en = lang === "en";
  const link = en ? "/dossier?lang=en" : "/dossier";
  if (!dossier) {
    return (
      <p class="panel dossier-bar">{en
        ? <>Keep your answers for next time: save them to a dossier with the second button at the end (you receive an access token), or <a href={link}>open your dossier</a>.</>
        : <>可将填写内容保存到企业档案，下次无需重新填写：提交时选择页面底部的第二个按钮（将获得访问令牌），或<a href={link}>打开已有档案</a>。</>}</p>
    );
  }
  const who = dossier.name ? `${dossier.name}（${dossier.creditCode}）` : dossier.creditCode;
  const from = dossier.from;
  return (
    <div class="panel dossier-bar" data-dossier={dossier.creditCode}>
      <p>{en ? <>Working in the dossier of <strong>{dossier.name ?? dossier.creditCode}</strong> ({dossier.creditCode}). </> : <>正在使用 <strong>{who}</strong> 的企业档案。</>}
        {from && (en
          ? `The answers are those of version ${from.version}, saved on ${dateText(from.savedOn, lang)}${from.nextYear ? ", moved on a year: enter the new year's accounts" : ""}. `
          : `以下内容取自 ${dateText(from.savedOn, lang)} 保存的第 ${from.version} 版${from.nextYear ? "，已顺延一年：请填写新年度的财务数据" : ""}。`)}
        {en ? "Saving adds a new version; earlier ones are kept. " : "保存将新增一个版本，原有版本不变。"}
        <a href={link}>{en ? "Your dossier" : "查看档案"}</a></p>
      {dossier.dropped.length > 0 && (
        <p class="muted" data-dropped={dossier.dropped.join(",")}>{en
          ? `This version holds more than the form shows (${dossier.dropped.join(", ")}): a version saved from the form keeps only what the form shows.`
          : `该版本中有本表单未列出的内容（${dossier.dropped.join("、")}）：从表单保存的新版本只包含表单所列内容。`}</p>
      )}
    </div>
  );
}
