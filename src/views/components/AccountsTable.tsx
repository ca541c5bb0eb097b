/**
 * Three fiscal years of accounts, in 万元: one row per item, one column per year (latest first),
 * as in a financial statement. Each input has its own label (year and item), visible on narrow
 * screens where the table becomes a list.
 */
import { fieldId, FIELD_BY_KEY } from "../field-index.js";
import { YEAR_COLUMNS, YEAR_ITEMS, yearKey, YEARS } from "../fields-groups.js";
import { readField } from "../field-index.js";
import { LATEST_YEAR } from "../fields.js";
import { ErrorMessage } from "./FieldMessage.js";
import { Input } from "./TextField.js";
import type { FormState } from "./state.js";

/** The column's heading: "2024 年" when the latest year is known, else "latest year". */
function columnTitle(col: number, state: FormState): string {
  const latest = readField(LATEST_YEAR, state.values.latestYear ?? "");
  const year = latest.ok && typeof latest.value === "number" ? latest.value - col : undefined;
  const name = YEAR_COLUMNS[col]![state.lang];
  if (year === undefined) return name;
  return state.lang === "en" ? `${year} (${name.toLowerCase()})` : `${year} 年（${name}）`;
}

export function AccountsTable({ state }: { state: FormState }) {
  const { lang } = state;
  const cols = Array.from({ length: YEARS }, (_, col) => col);
  return (
    <table class="accounts">
      <caption class="vh">{lang === "en" ? "Accounts by fiscal year, in 10,000 yuan (万元)" : "分年度财务数据（万元）"}</caption>
      <thead>
        <tr>
          <th scope="col">{lang === "en" ? "Item (万元)" : "项目（万元）"}</th>
          {cols.map((col) => <th scope="col">{columnTitle(col, state)}</th>)}
        </tr>
      </thead>
      <tbody>
        {YEAR_ITEMS.map((item) => (
          <tr>
            <th scope="row">
              {item.label[lang]}
              {item.help && <p class="hint">{item.help[lang]}</p>}
            </th>
            {cols.map((col) => {
              const def = FIELD_BY_KEY.get(yearKey(col, item.key))!;
              const id = fieldId(def.key);
              return (
                <td>
                  <label class="cell-label" for={id}>
                    {columnTitle(col, state)}
                    <span class="vh">{` ${item.label[lang]}${lang === "en" ? " (万元)" : "（万元）"}`}</span>
                  </label>
                  <ErrorMessage id={id} error={state.errors.get(def.key)} lang={lang} />
                  <Input def={def} state={state} labelledHint={false} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
