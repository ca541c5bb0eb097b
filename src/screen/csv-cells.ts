/**
 * The cells of the screen's CSV files (docs/screening.md, "Output"): the rows file, one record
 * per input row, and the summary file, one per measure and a `(budget)` row. Amount columns hold
 * counted amounts only (eligible, non-indicative, non-excluded), so a column's sum is the
 * summary's figure. Each header cell is the column's key, a space and its Chinese title
 * (`rd-post-subsidy 包头市研发费用后补助`): a program takes the key, the text before the first
 * space. Pure: the CLI writes them to files (src/cli/screen/csv-writer.ts), an asynchronous
 * screening to R2, with the same bytes.
 */
import { countedAmount } from "../engine/compare.js";
import type { Totals } from "../engine/result.js";
import type { LoadedRuleSet } from "../ruleset/catalog.js";
import type { RowRecord, SummaryRecord } from "./records.js";

const KINDS: readonly (keyof Totals)[] = ["payment", "taxSaving", "creditLine", "interestSubsidy"];
const cell = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** The Chinese titles of the fixed columns, by key. */
const TITLES: Readonly<Record<string, string>> = {
  type: "记录类型", line: "行号", creditCode: "统一社会信用代码", name: "企业名称", reason: "错误原因", errors: "错误明细",
  eligible: "符合条件的政策", received: "本期已享受的政策", undetermined: "尚无法判断的政策",
  payment: "补贴和奖励（元）", taxSaving: "预计减免税额（元）", creditLine: "授信额度（元）", interestSubsidy: "贷款贴息（元）",
  gains: "新增符合的政策", losses: "不再符合的政策",
  measureId: "政策编号", title: "政策名称", kind: "政策类别", ineligible: "不符合", excluded: "其中因不可叠加未计入", indicative: "仅供参考",
  gained: "新增符合（家）", lost: "不再符合（家）", statusChanged: "结论变化（家）", amountChanged: "金额变化（家）",
};

/**
 * Header cells: each key, a space and its Chinese title (a measure's title, its amount, a
 * delta). A key has no space, so the key is the text before the first space.
 * @param keys the columns; @param titles measure titles (zh-CN) by id
 */
export function headerCells(keys: readonly string[], titles: ReadonlyMap<string, string>): string[] {
  return keys.map((key) => {
    const [base, tail] = key.startsWith("delta.") ? [key.slice(6), "delta"] : key.endsWith(".amount") ? [key.slice(0, -7), "amount"] : [key, ""];
    const title = titles.get(base) ?? TITLES[base];
    if (!title) return key;
    return `${key} ${tail === "amount" ? `${title}（计入合计的金额，元）` : tail === "delta" ? `${title.replace(/（元）$/, "")}变化（元）` : title}`;
  });
}

export const titlesOf = (loaded: LoadedRuleSet) => new Map(loaded.ruleset.measures.map((m) => [m.id, m.title["zh-CN"]]));

/** The keys of the rows file's columns (`received` after `eligible` with a ledger). */
export function rowColumns(measureIds: readonly string[], compare: boolean, ledger = false): string[] {
  return [
    "type", "line", "creditCode", "name", "reason", "errors", "eligible", ...(ledger ? ["received"] : []), "undetermined", ...KINDS,
    ...(compare ? ["gains", "losses", ...KINDS.map((k) => `delta.${k}`)] : []),
    ...measureIds.flatMap((id) => [id, `${id}.amount`]),
  ];
}

/** One rows-file record. A received measure's status column says its status; its amount column is empty (not counted). */
export function rowCells(r: RowRecord, measureIds: readonly string[], compare: boolean, ledger = false): string[] {
  if (r.type === "error") {
    const errors = r.errors.map((e) => `${e.pointer || "/"}${e.column ? ` (${e.column})` : ""}: ${e.message}`).join("; ");
    return ["error", String(r.line), cell(r.creditCode), cell(r.name), r.reason, errors, ...Array<string>(rowColumns(measureIds, compare, ledger).length - 6).fill("")];
  }
  const eligible = new Map(r.eligible.map((m) => [m.measureId, m]));
  const received = new Map((r.received ?? []).map((m) => [m.measureId, m.status]));
  const undetermined = new Set(r.undetermined);
  return [
    "enterprise", String(r.line), cell(r.creditCode), cell(r.name), "", "",
    r.eligible.map((m) => m.measureId).join("|"), ...(ledger ? [[...received.keys()].join("|")] : []), r.undetermined.join("|"), ...KINDS.map((k) => cell(r.totals[k])),
    ...(compare ? [r.compare!.gains.join("|"), r.compare!.losses.join("|"), ...KINDS.map((k) => cell(r.compare!.delta[k]))] : []),
    ...measureIds.flatMap((id) => {
      const m = eligible.get(id);
      const counted = m ? countedAmount({ status: "eligible", measureId: id, amount: m.amount, kind: m.kind, indicative: m.indicative ?? false, excludedBy: m.excludedBy ?? null }) : 0;
      return [m ? "eligible" : received.get(id) ?? (undetermined.has(id) ? "undetermined" : "ineligible"), m && counted !== 0 ? String(counted) : ""];
    }),
  ];
}

/**
 * The summary file's records, header first.
 * @param titles measure titles (zh-CN) by id: the `title` column and the header's words
 */
export function summaryRows(s: SummaryRecord, titles: ReadonlyMap<string, string> = new Map()): string[][] {
  const compare = s.compare;
  const ledger = s.measures.some((m) => m.received !== undefined);
  const head = ["measureId", "title", "kind", "eligible", "ineligible", "undetermined", "excluded", ...(ledger ? ["received"] : []), "indicative", ...KINDS,
    ...(compare ? ["gained", "lost", "statusChanged", "amountChanged", ...KINDS.map((k) => `delta.${k}`)] : [])];
  const diff = new Map((compare?.measures ?? []).map((m) => [m.measureId, m]));
  const rows = s.measures.map((m) => {
    const d = diff.get(m.measureId);
    return [m.measureId, titles.get(m.measureId) ?? "", m.kind, m.eligible, m.ineligible, m.undetermined, m.excluded, ...(ledger ? [m.received ?? 0] : []), m.indicative, ...KINDS.map((k) => m.amounts[k]),
      ...(compare ? [d?.gained ?? 0, d?.lost ?? 0, d?.statusChanged ?? 0, d?.amountChanged ?? 0, ...KINDS.map((k) => d?.delta[k] ?? 0)] : [])].map(String);
  });
  const budget = ["(budget)", "合计", "", "", "", "", "", ...(ledger ? [""] : []), "", ...KINDS.map((k) => String(s.budget[k])),
    ...(compare ? ["", "", "", "", ...KINDS.map((k) => String(compare.delta[k]))] : [])];
  return [headerCells(head, new Map()), ...rows, budget];
}
