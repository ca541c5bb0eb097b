/**
 * A list question and its rows (certificates, talents): "listed below / none / not answering",
 * then a few rows, each a fieldset. Rows left empty are ignored.
 */
import type { FieldDef } from "../fields.js";
import type { Msg } from "../i18n.js";
import { Choice, Field } from "./Choice.js";
import type { FormState } from "./state.js";

export function ListRows({ question, rows, rowTitle, state }: {
  question: FieldDef; rows: readonly (readonly FieldDef[])[]; rowTitle: (row: number) => Msg; state: FormState;
}) {
  return (
    <>
      <Choice def={question} state={state} />
      <div class="rows">
        {rows.map((fields, row) => (
          <fieldset class="row">
            <legend>{rowTitle(row)[state.lang]}</legend>
            <div class="row-fields">
              {fields.map((def) => <Field def={def} state={state} />)}
            </div>
          </fieldset>
        ))}
      </div>
    </>
  );
}
