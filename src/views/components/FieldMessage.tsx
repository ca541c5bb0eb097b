/** A field's one-line help and its error message, referenced by the input's aria-describedby. */
import type { Lang, Msg } from "../i18n.js";

export function Hint({ id, text, lang }: { id: string; text?: Msg; lang: Lang }) {
  return text ? <p class="hint" id={`${id}-hint`}>{text[lang]}</p> : null;
}

export function ErrorMessage({ id, error, lang }: { id: string; error?: Msg; lang: Lang }) {
  if (!error) return null;
  return (
    <p class="error-message" id={`${id}-error`}>
      <span class="vh">{lang === "en" ? "Error: " : "错误："}</span>
      {error[lang]}
    </p>
  );
}
