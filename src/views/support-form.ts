/**
 * The dossier page's form for a support record (applied for, granted, paid): its fields, read
 * as the main form reads its own (万元, dates as typed), then checked by the SupportRecord schema.
 */
import { supportProblems } from "../engine/support-check.js";
import { SupportRecord, todayInShanghai } from "../profile/index.js";
import type { Measure } from "../ruleset/schema.js";
import { type FormValues, readField } from "./field-index.js";
import type { FieldDef } from "./fields.js";
import type { FieldError } from "./form-reader.js";
import { bi } from "./i18n.js";

/** The record's fields; the measures offered are those of the rule set that are support received (`period`). */
export function supportFields(measures: readonly Measure[]): FieldDef[] {
  return [
    { key: "measureId", kind: "select", label: bi("政策", "Measure"), options: measures.filter((m) => m.period).map((m) => ({ value: m.id, label: m.title })) },
    { key: "status", kind: "select", label: bi("进展", "Stage"), options: [
      { value: "applied", label: bi("已申请", "Applied for") }, { value: "granted", label: bi("已获批", "Granted") }, { value: "paid", label: bi("已到账", "Paid") }] },
    { key: "date", kind: "date", label: bi("日期", "Date") },
    { key: "amount", kind: "wan", label: bi("金额", "Amount"), unit: bi("万元", "万元") },
    { key: "fiscalYear", kind: "integer", label: bi("所属会计年度", "For the fiscal year"), help: bi("按年度享受的政策填写，一次性奖励留空", "For a yearly measure; leave empty for a one-off award"), min: 1949, max: 2100 },
    { key: "reference", kind: "text", label: bi("文号或凭证号", "Reference"), maxLength: 200 },
  ];
}

/**
 * @param measures the rule set's measures by id (Catalog.measuresOf), for supportProblems
 * @returns the record, or the problems by field (a date after today refused: a record is
 *          entered once it happened; a record that could never count: src/engine/support-check.ts)
 */
export function readSupportForm(values: FormValues, fields: readonly FieldDef[], measures: ReadonlyMap<string, Measure>, today = todayInShanghai()): { record: SupportRecord } | { errors: FieldError[] } {
  const raw: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const def of fields) {
    const r = readField(def, values[def.key] ?? "");
    if (!r.ok) errors.push({ key: def.key, message: r.error });
    else if (r.value !== undefined) raw[def.key] = r.value;
  }
  for (const key of ["measureId", "status", "date"]) {
    if (raw[key] === undefined && !errors.some((e) => e.key === key)) errors.push({ key, message: bi("必填", "required") });
  }
  if (typeof raw.date === "string" && raw.date > today) errors.push({ key: "date", message: bi("日期不能晚于今天", "the date cannot be after today") });
  if (errors.length) return { errors };
  const parsed = SupportRecord.safeParse(raw);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => ({ key: String(i.path[0] ?? ""), message: bi(i.message, i.message) })) };
  const problems = supportProblems(parsed.data, measures);
  return problems.length ? { errors: problems.map((p) => ({ key: p.field, message: p.message })) } : { record: parsed.data };
}
