/**
 * A register impact (impact.ts) as CSV files to download, for a spreadsheet on a Chinese PC:
 * UTF-8 with a byte-order mark (Excel otherwise reads UTF-8 as the local code page), CRLF line
 * ends, RFC 4180 quoting (d3-dsv: no Node APIs, so a Worker can write them). Money in yuan as
 * JSON writes it; statuses and change kinds as in the JSON report. A text cell that a
 * spreadsheet would run as a formula (a firm named "=HYPERLINK(…)") is prefixed with `'`.
 */
import { csvFormatRow } from "d3-dsv";
import type { Totals } from "./result.js";
import type { RegisterImpact } from "./impact.js";

const BOM = "\uFEFF";
const KINDS: readonly (keyof Totals)[] = ["payment", "taxSaving", "creditLine", "interestSubsidy"];
const money = (prefix: string) => KINDS.map((k) => `${prefix}.${k}`);

/** A text cell safe to open in a spreadsheet (OWASP "CSV injection"). */
const text = (s: string | null): string => (s === null ? "" : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const file = (rows: string[][]): string => BOM + rows.map(csvFormatRow).join("\r\n") + "\r\n";

/**
 * One row per firm and measure that changes: `measureId`, the measure's titles, `change`
 * (gain, loss, status, amount), the firm (`line`, `creditCode`, `name`), the statuses and
 * counted amounts before and after, and the difference by kind.
 */
export function impactFirmsCsv(r: RegisterImpact): string {
  const head = ["measureId", "title.zh-CN", "title.en", "change", "line", "creditCode", "name", "before", "after", "amountBefore", "amountAfter", ...money("delta")];
  const rows = r.measures.flatMap((m) => m.firms.map((f) => [
    m.measureId, m.title["zh-CN"], m.title.en, f.change, String(f.line), text(f.creditCode), text(f.name),
    f.before ?? "", f.after ?? "", String(f.amountBefore), String(f.amountAfter), ...KINDS.map((k) => String(f.delta[k])),
  ]));
  return file([head, ...rows]);
}

/**
 * One row per measure (`measureId`, titles, whether each version has it, firms eligible under
 * each, gained, lost, other status changes, amount changes, the budget under each version and
 * the difference by kind), then a `(total)` row with the register's totals.
 */
export function impactMeasuresCsv(r: RegisterImpact): string {
  const head = ["measureId", "title.zh-CN", "title.en", "inBefore", "inAfter", "eligibleBefore", "eligibleAfter", "gained", "lost", "statusChanged", "amountChanged",
    ...money("budgetBefore"), ...money("budgetAfter"), ...money("delta")];
  const totals = (t: Totals) => KINDS.map((k) => String(t[k]));
  const rows = r.measures.map((m) => [
    m.measureId, m.title["zh-CN"], m.title.en, String(m.inBefore), String(m.inAfter), String(m.eligibleBefore), String(m.eligibleAfter),
    String(m.gained), String(m.lost), String(m.statusChanged), String(m.amountChanged), ...totals(m.budgetBefore), ...totals(m.budgetAfter), ...totals(m.delta),
  ]);
  const total = ["(total)", "", "", "", "", "", "", String(r.gaining), String(r.losing), "", "", ...totals(r.budget.before), ...totals(r.budget.after), ...totals(r.budget.delta)];
  return file([head, ...rows, total]);
}
