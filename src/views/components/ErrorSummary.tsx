/**
 * The list of problems at the top of a re-rendered form, each linked to its field. It is
 * announced (role=alert) and takes the focus when the page loads (autofocus, no script).
 */
import { FIELD_BY_KEY, fieldId, fieldTitle } from "../field-index.js";
import type { FieldDef } from "../fields.js";
import type { FieldError } from "../form-profile.js";
import type { Lang } from "../i18n.js";

/** @param fields the form's own fields when they are not the profile form's (the dossier page's support record) */
export function ErrorSummary({ errors, lang, fields }: { errors: readonly FieldError[]; lang: Lang; fields?: readonly FieldDef[] }) {
  if (!errors.length) return null;
  const title = lang === "en"
    ? `There ${errors.length === 1 ? "is 1 problem" : `are ${errors.length} problems`} to fix`
    : `有 ${errors.length} 处需要修改`;
  return (
    <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus>
      <h2 id="error-summary-title">{title}</h2>
      <p>{lang === "en" ? "Nothing you entered has been lost. Correct these and send the form again:" : "您填写的内容都已保留。请修改以下各项后重新提交："}</p>
      <ul>
        {errors.map((e) => {
          const def = fields?.find((d) => d.key === e.key) ?? FIELD_BY_KEY.get(e.key);
          if (!def) return <li>{e.message[lang]}</li>;
          return <li><a href={`#${fieldId(e.key)}`}>{fieldTitle(def, lang)}{lang === "en" ? ": " : "："}{e.message[lang]}</a></li>;
        })}
      </ul>
    </div>
  );
}
