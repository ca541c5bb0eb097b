/**
 * The income-tax package on the exact path (the explained answer): each deduction and each
 * regime's tax computed exactly (BigInt fen, one half-up rounding: amount.ts `product`) with
 * its steps, the package (package.ts), and the basis of every share and of the whole, in zh-CN
 * and en, for a finance manager to check by hand.
 */
import type { Bilingual, FactValues } from "../../profile/index.js";
import { FACTS } from "../../profile/index.js";
import { type IncomeTaxAmount, isIncomeTaxAmount, operandsOf } from "../../ruleset/amount.js";
import type { RuleSet } from "../../ruleset/schema.js";
import { type Computed, join, product, resolveAll } from "../amount.js";
import type { Truth } from "../evaluate.js";
import { money, percent } from "../format.js";
import { indicativeReason } from "../indicative.js";
import { fenTimes } from "../money.js";
import type { AmountResult } from "../result.js";
import type { ReceivedAt } from "./fen.js";
import { type TaxPackage, taxPackage, type TaxShare } from "./package.js";
import { type IncomeTax, incomeTaxDecision } from "./result.js";

/** The explained package. */
export interface ExplainedTax {
  pkg: TaxPackage;
  block: IncomeTax;
  /** by measure index: its amount (the share) with the basis, for every measure of the package that can be priced */
  amounts: Map<number, AmountResult>;
  /** by measure index: why a regime is excluded */
  reasons: Map<number, Bilingual>;
}

const m = (fen: number) => money(BigInt(fen));
const bi = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, en });

/** A deduction's amount D, or a regime's tax on max(I1, 0), exactly, with its steps. */
function computed(a: IncomeTaxAmount, facts: FactValues, ruleset: RuleSet, asOf: string, income: number, incomeName: Bilingual): Computed {
  const terms = resolveAll(operandsOf(a), facts, ruleset, asOf);
  if (!Array.isArray(terms)) return terms;
  if (a.type === "deduction") return product(terms[0]!, terms.slice(1), "money", "rate");
  return product({ factor: Math.max(income, 0) / 100, divisor: 1, name: incomeName }, terms, "money", "rate");
}

/**
 * @param results each measure's result (aligned with `ruleset.measures`)
 * @param received whether a measure was already received for the fiscal year (received.ts)
 * @returns the explained package, or undefined when the rule set has none, taxable income is
 *          unknown, or an eligible counted regime cannot be priced
 */
export function explainIncomeTax(ruleset: RuleSet, facts: FactValues, results: readonly Truth[], asOf: string, received?: ReceivedAt): ExplainedTax | undefined {
  const tax = ruleset.incomeTax;
  const i1 = tax && facts[tax.taxableIncome];
  if (!tax || typeof i1 !== "number") return undefined;
  const income = Math.round(i1 * 100);
  const rate = tax.generalRate;
  const general = (fen: number) => Number(fenTimes(BigInt(Math.max(fen, 0)), [rate]));
  const incomeName = FACTS.get(tax.taxableIncome)!.label;
  const steps = new Map<number, Bilingual[]>();
  const measures = ruleset.measures.flatMap((measure, index) => {
    const a = measure.amount;
    if (!isIncomeTaxAmount(a)) return [];
    const c = results[index] === false ? undefined : computed(a, facts, ruleset, asOf, income, incomeName);
    if (c && "fen" in c) steps.set(index, c.steps);
    return [{ index, role: a.type === "deduction" ? "deduction" as const : "regime" as const, status: results[index]!, indicative: indicativeReason(measure) !== null, received: received?.(index) ?? false, fen: c && "fen" in c ? Number(c.fen) : undefined }];
  });
  if (measures.length === 0) return undefined;
  const pkg = taxPackage({ income, general, measures });
  if (!pkg) return undefined;

  const g = (fen: number): Bilingual => (fen > 0
    ? join([m(fen), bi(percent(rate), percent(rate))], " × ")
    : bi(`${m(fen)["zh-CN"]}（无应纳税所得）`, `${m(fen).en} (nothing taxable)`));
  const atGeneral = (fen: number): Bilingual => join([g(fen), m(general(fen))], " = ");
  const title = (i: number) => ruleset.measures[i]!.title;
  const texts = new Texts(pkg, title, atGeneral, (i) => join(steps.get(i)!, "; "));

  const amounts = new Map<number, AmountResult>();
  const reasons = new Map<number, Bilingual>();
  for (const s of pkg.shares) {
    if (s.amount === undefined) continue;
    amounts.set(s.index, { value: s.amount / 100, kind: "tax-saving", basis: texts.basis(s) });
    if (s.excludedBy >= 0) reasons.set(s.index, texts.excluded(s));
  }
  const fiscalYear = facts[tax.fiscalYear];
  const block: IncomeTax = { ...incomeTaxDecision(pkg, ruleset, typeof fiscalYear === "number" ? fiscalYear : undefined), basis: texts.whole(typeof fiscalYear === "number" ? fiscalYear : undefined) };
  return { pkg, block, amounts, reasons };
}

/** The sentences of one package. */
class Texts {
  constructor(
    private readonly pkg: TaxPackage,
    private readonly title: (i: number) => Bilingual,
    private readonly atGeneral: (fen: number) => Bilingual,
    private readonly steps: (i: number) => Bilingual,
  ) {}

  /** A share's basis: how it is computed, and what it is compared with. */
  basis(s: TaxShare): Bilingual {
    const amount = m(s.amount!);
    if (s.role === "deduction") {
      const loss = s.from! <= 0 ? bi("；扣除前已无应纳税所得，本年度不减税", "; there is nothing taxable before it, so it saves no tax this year")
        : s.to! < 0 ? bi("；扣除后亏损的部分本年度不减税", "; the part of it that makes a loss saves no tax this year") : bi("", "");
      const text = join([this.steps(s.index), bi(`按一般税率，扣除前 ${this.atGeneral(s.from!)["zh-CN"]}，扣除后 ${this.atGeneral(s.to!)["zh-CN"]}，相差 ${amount["zh-CN"]}${loss["zh-CN"]}`,
        `at the general rate, before it ${this.atGeneral(s.from!).en}, after it ${this.atGeneral(s.to!).en}: ${amount.en} less${loss.en}`)], "; ");
      return s.counted ? text : join([bi("如经确认", "if confirmed"), text], ": ");
    }
    if (this.pkg.income <= 0) {
      return bi(`申报应纳税所得额 ${m(this.pkg.income)["zh-CN"]}：无应纳税额，本年度不减税`, `taxable income as filed ${m(this.pkg.income).en}: no tax is due, so nothing is saved this year`);
    }
    if (s.counted || s.excludedBy >= 0) {
      return join([bi(`按一般税率 ${this.atGeneral(this.pkg.income)["zh-CN"]}`, `at the general rate ${this.atGeneral(this.pkg.income).en}`), this.steps(s.index), bi(`少缴 ${amount["zh-CN"]}`, `${amount.en} less`)], "; ");
    }
    // indicative, beating the counted package: the further saving if confirmed
    const counted = this.pkg.regime < 0 ? bi("一般税率", "the general rate") : bi(`「${this.title(this.pkg.regime)["zh-CN"]}」`, `"${this.title(this.pkg.regime).en}"`);
    return join([bi("如经确认", "if confirmed"), join([this.steps(s.index), bi(`比计入合计的${counted["zh-CN"]}（${m(s.against!)["zh-CN"]}）少缴 ${amount["zh-CN"]}`, `${amount.en} less than under ${counted.en} (${m(s.against!).en}), which the totals count`)], "; ")], ": ");
  }

  /** Why a regime is excluded: the regime chosen instead, and the two taxes. */
  excluded(s: TaxShare): Bilingual {
    const w = this.pkg.shares.find((x) => x.index === s.excludedBy)!;
    const t = this.title(s.excludedBy);
    if (this.pkg.regimeReceived && w.index === this.pkg.regime) {
      return bi(`不能与本期已享受的「${t["zh-CN"]}」同时享受`, `cannot be combined with "${t.en}", already received for this period`);
    }
    return bi(`不能与「${t["zh-CN"]}」同时享受，已选择税额较低的该项（${m(w.tax!)["zh-CN"]} ≤ ${m(s.tax!)["zh-CN"]}）`,
      `cannot be combined with "${t.en}"; the one with the lower tax was chosen (${m(w.tax!).en} ≤ ${m(s.tax!).en})`);
  }

  /** The whole computation. */
  whole(fiscalYear: number | undefined): Bilingual {
    const p = this.pkg;
    const year = fiscalYear === undefined ? bi("", "") : bi(`${fiscalYear}年度：`, `Fiscal ${fiscalYear}: `);
    const deductions = p.shares.filter((s) => s.role === "deduction" && s.counted);
    const filed = bi(`申报应纳税所得额 ${m(p.income)["zh-CN"]}`, `taxable income as filed ${m(p.income).en}`);
    const before = deductions.length === 0 ? filed
      : join([filed, ...deductions.map((s) => bi(`${this.title(s.index)["zh-CN"]} ${m(s.from! - s.to!)["zh-CN"]}`, `${this.title(s.index).en} ${m(s.from! - s.to!).en}`))], " + ");
    const gross = deductions.length === 0 ? before : join([before, bi(`优惠前应纳税所得额 ${m(p.before)["zh-CN"]}`, `taxable income before incentives ${m(p.before).en}`)], " = ");
    const without = bi(`不享受优惠 ${this.atGeneral(p.before)["zh-CN"]}`, `without incentives ${this.atGeneral(p.before).en}`);
    const withTax = p.regime < 0
      ? bi(`按一般税率 ${this.atGeneral(p.income)["zh-CN"]}`, `at the general rate ${this.atGeneral(p.income).en}`)
      : p.income <= 0 ? bi(`「${this.title(p.regime)["zh-CN"]}」：无应纳税额`, `"${this.title(p.regime).en}": no tax due`)
        : join([bi(`「${this.title(p.regime)["zh-CN"]}」`, `"${this.title(p.regime).en}"`), this.steps(p.regime)], ": ");
    return join([join([year, gross], ""), without, withTax, bi(`少缴 ${m(p.saving)["zh-CN"]}`, `saving ${m(p.saving).en}`)], "; ");
  }
}
