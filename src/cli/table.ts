/** A MatchResult as a readable terminal table (cli-table3), in one language. */
import Table from "cli-table3";
import type { MatchResult } from "../engine/result.js";
import { formatYuan, toFen } from "../engine/money.js";
import { show } from "../engine/condition-text.js";
import { incomeTaxHeading } from "../engine/income-tax/result.js";
import { reasonLines, reasonsOf } from "../engine/reasons.js";
import { inputLabel } from "../profile/index.js";

const STATUS = {
  "zh-CN": { eligible: "✔ 符合", ineligible: "✘ 不符合", undetermined: "? 待定" },
  en: { eligible: "✔ eligible", ineligible: "✘ not eligible", undetermined: "? undetermined" },
} as const;

const HEAD = {
  "zh-CN": ["政策", "结论", "金额（元）", "原因 / 缺少的信息"],
  en: ["measure", "status", "amount (yuan)", "why not / missing"],
} as const;

/**
 * @param result a MatchResult
 * @param lang the language of labels
 * @returns the text: a header line, one row per measure, the totals, the income tax of the package
 */
export function renderTable(result: MatchResult, lang: "en" | "zh-CN"): string {
  const table = new Table({ head: [...HEAD[lang]], wordWrap: true, colWidths: [34, 16, 18, 50], style: { head: [], border: [] } });
  for (const m of result.measures) {
    const failed = reasonLines(reasonsOf(m.conditions), lang);
    const why = m.status === "undetermined" ? m.missingFacts.map((f) => inputLabel(f)?.[lang] ?? f).join(lang === "en" ? ", " : "、") : m.status === "ineligible" ? failed.join("\n") : m.amount?.basis[lang] ?? "";
    const amount = m.amount ? formatYuan(toFen(m.amount.value)) + (m.indicative ? " *" : "") : "";
    table.push([m.title[lang], STATUS[lang][m.status], amount, why]);
  }
  const t = result.totals;
  const totals = lang === "en"
    ? `totals: payments ${formatYuan(toFen(t.payment))} · tax savings ${formatYuan(toFen(t.taxSaving))} · credit lines ${formatYuan(toFen(t.creditLine))} · interest subsidies ${formatYuan(toFen(t.interestSubsidy))} yuan`
    : `合计：资金 ${formatYuan(toFen(t.payment))} 元 · 减税 ${formatYuan(toFen(t.taxSaving))} 元 · 授信 ${formatYuan(toFen(t.creditLine))} 元 · 贴息 ${formatYuan(toFen(t.interestSubsidy))} 元`;
  const size = result.derived.sizeClass === undefined ? (lang === "en" ? "unknown" : "未知") : show(result.derived.sizeClass, "sizeClass")[lang];
  const head = lang === "en"
    ? `rules version ${result.ruleset.version} · evaluated on ${result.asOf} · reference ${result.reference} · size class: ${size}`
    : `规则版本 ${result.ruleset.version} · 评估日期 ${result.asOf} · 结果编号 ${result.reference} · 企业规模：${size}`;
  const lines = [head, table.toString(), totals];
  if (result.measures.some((m) => m.amount && m.indicative)) lines.push(lang === "en" ? "* for reference only, not counted in the totals" : "* 仅供参考，不计入合计");
  if (result.incomeTax) lines.push(`${incomeTaxHeading(result.incomeTax.fiscalYear)[lang]}${lang === "en" ? ", computed once for these incentives" : "，各项优惠合并计算"}: ${result.incomeTax.basis[lang]}`);
  return lines.join("\n");
}
