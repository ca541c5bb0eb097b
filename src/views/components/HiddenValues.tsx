/** The form's answers as hidden fields, so a result page can go back to the form, or switch language, without losing them. */
import { ALL_FIELDS, type FormValues } from "../field-index.js";

export function HiddenValues({ values }: { values: FormValues }) {
  return (
    <>
      {ALL_FIELDS.filter((f) => (values[f.key] ?? "") !== "").map((f) => <input type="hidden" name={f.key} value={values[f.key]} />)}
    </>
  );
}
