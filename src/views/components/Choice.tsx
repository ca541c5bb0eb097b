/**
 * Radios in a fieldset whose legend is the question. A group left alone answers "don't know"
 * (its option is checked by default), so an unanswered question stays unknown.
 */
import { fieldId } from "../field-index.js";
import { type FieldDef, UNKNOWN } from "../fields.js";
import { ErrorMessage, Hint } from "./FieldMessage.js";
import { TextField } from "./TextField.js";
import { describedBy, type FormState } from "./state.js";

export function Choice({ def, state, stacked = false }: { def: FieldDef; state: FormState; stacked?: boolean }) {
  const { lang } = state;
  const id = fieldId(def.key);
  const error = state.errors.get(def.key);
  const posted = state.values[def.key] ?? "";
  const current = posted === "" ? UNKNOWN : posted;
  return (
    <fieldset class={`fieldset field${error ? " field--error" : ""}`} aria-describedby={describedBy(id, !!def.help, !!error)}>
      <legend class="legend">{def.label[lang]}</legend>
      <Hint id={id} text={def.help} lang={lang} />
      <ErrorMessage id={id} error={error} lang={lang} />
      <div class={`radios${stacked ? " radios--stacked" : ""}`}>
        {def.options!.map((o, i) => {
          const optionId = i === 0 ? id : `${id}--${o.value}`;
          return (
            <div class="radio">
              <input type="radio" id={optionId} name={def.key} value={o.value} checked={current === o.value} />
              <label for={optionId}>{o.label[lang]}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A drop-down list (certificate type, talent tier) with an empty first choice. */
export function Select({ def, state }: { def: FieldDef; state: FormState }) {
  const { lang } = state;
  const id = fieldId(def.key);
  const error = state.errors.get(def.key);
  const posted = state.values[def.key] ?? "";
  return (
    <div class={`field${error ? " field--error" : ""}`}>
      <label class="label" for={id}>{def.label[lang]}</label>
      <Hint id={id} text={def.help} lang={lang} />
      <ErrorMessage id={id} error={error} lang={lang} />
      <select class="select" id={id} name={def.key} aria-describedby={describedBy(id, !!def.help, !!error)} aria-invalid={error ? "true" : undefined}>
        <option value="" selected={posted === ""}>{lang === "en" ? "Choose…" : "请选择"}</option>
        {def.options!.map((o) => <option value={o.value} selected={posted === o.value}>{o.label[lang]}</option>)}
      </select>
    </div>
  );
}

/** The right component for a field. */
export function Field({ def, state }: { def: FieldDef; state: FormState }) {
  if (def.kind === "choice") return <Choice def={def} state={state} />;
  if (def.kind === "select") return <Select def={def} state={state} />;
  return <TextField def={def} state={state} />;
}
