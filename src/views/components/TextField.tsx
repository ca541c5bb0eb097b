/**
 * A text input with its label (unit included), help and error. Numbers are typed as text
 * (inputmode decimal), so "3%", "1,234" and full-width digits reach the server as typed.
 */
import { fieldId } from "../field-index.js";
import type { FieldDef } from "../fields.js";
import { ErrorMessage, Hint } from "./FieldMessage.js";
import { describedBy, type FormState } from "./state.js";

const WIDTH: Partial<Record<FieldDef["kind"], string>> = {
  text: "input--wide", "credit-code": "input--code", industry: "input--short", date: "input--date", integer: "input--short", percent: "input--short",
  number: "input--number", wan: "input--number", "wan-signed": "input--number", "wan-usd": "input--number",
};

/** The input alone (for table cells and rows, whose label is placed by the caller). */
export function Input({ def, state, labelledHint = true }: { def: FieldDef; state: FormState; labelledHint?: boolean }) {
  const id = fieldId(def.key);
  const error = state.errors.get(def.key);
  const numeric = !["text", "credit-code", "date"].includes(def.kind);
  return (
    <input
      class={`input ${WIDTH[def.kind] ?? ""}`.trim()}
      id={id}
      name={def.key}
      type={def.kind === "date" ? "date" : "text"}
      value={state.values[def.key] ?? ""}
      inputmode={numeric ? (def.kind === "integer" || def.kind === "industry" ? "numeric" : "decimal") : undefined}
      autocomplete={def.key === "name" ? "organization" : "off"}
      spellcheck={def.kind === "text" ? undefined : false}
      aria-describedby={describedBy(id, labelledHint && !!def.help, !!error)}
      aria-invalid={error ? "true" : undefined}
    />
  );
}

export function TextField({ def, state }: { def: FieldDef; state: FormState }) {
  const { lang } = state;
  const id = fieldId(def.key);
  const error = state.errors.get(def.key);
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <label class="label" for={id}>
        {def.label[lang]}
        {def.unit && <span class="vh">{lang === "en" ? ` (${def.unit.en})` : `（${def.unit["zh-CN"]}）`}</span>}
      </label>
      <Hint id={id} text={def.help} lang={lang} />
      <ErrorMessage id={id} error={error} lang={lang} />
      <div class="input-wrap">
        <Input def={def} state={state} />
        {def.unit && <span class="suffix" aria-hidden="true">{lang === "en" ? def.unit.en.replace(/ \(.*\)$/, "") : def.unit["zh-CN"]}</span>}
      </div>
    </div>
  );
}
