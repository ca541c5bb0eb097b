/** What the form's components read: the language, the values as typed, the messages by field. */
import type { FormValues } from "../field-index.js";
import type { Lang, Msg } from "../i18n.js";

export interface FormState {
  lang: Lang;
  /** the text of every field as it was posted (kept on re-render) */
  values: FormValues;
  /** a message for each field refused */
  errors: ReadonlyMap<string, Msg>;
}

/** aria-describedby for a field: its hint and its error, when present. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : "", hasError ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
