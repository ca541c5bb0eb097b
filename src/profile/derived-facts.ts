/**
 * Facts computed from the profile, each with the document and clause that defines it.
 * Reported in every MatchResult under `derived`.
 */
import { daysBetween } from "./dates.js";
import { type FactDef, type FactType, type FactUnit, label } from "./fact.js";
import { HIGH_TECH_REVENUE, IP_ITEMS, RD_DOMESTIC, RD_WINDOW, TECH_STAFF } from "./levers.js";
import { industryClass } from "./industry.js";
import {
  highTechRevenueShare, lastYear, rdDomesticShare3y, rdIntensity3y, techStaffShare,
} from "./derived/ratios.js";
import { sizeClass } from "./derived/size-class.js";
import { hnteCertified, hnteCertifiedForLastYear, hnteValidUntil, rdSuperDeductionRate } from "./derived/tax.js";
import { hnteNewlyRecognised, maxTalentEquityShare, rareEarthFirm, tsmeConsecutiveYears } from "./derived/recognitions.js";
import { tsmeIpScore, tsmeRdScore, tsmeScore, tsmeStaffScore } from "./derived/tsme-score.js";
import type { FactContext } from "./fact.js";

const derived = (
  name: string,
  type: FactType,
  unit: FactUnit | undefined,
  zh: string,
  en: string,
  source: string,
  get: (ctx: FactContext) => unknown,
  more: Pick<FactDef, "lever" | "absent"> & { valueLabels?: Readonly<Record<string, [zh: string, en: string]>> } = {},
): FactDef => {
  const { valueLabels, ...rest } = more;
  return {
    name, type, unit, label: label(zh, en), derived: true, source, get, ...rest,
    ...(valueLabels ? { values: Object.keys(valueLabels), valueLabels: Object.fromEntries(Object.entries(valueLabels).map(([v, [zh, en]]) => [v, label(zh, en)])) } : {}),
  };
};

const industry = ({ profile }: FactContext) =>
  profile.industryCode === undefined ? undefined : industryClass(profile.industryCode);

/** Every derived fact. */
export const DERIVED_FACTS: readonly FactDef[] = [
  derived("asOf", "date", undefined, "评估日期", "evaluation date", "the request's asOf, default today in Asia/Shanghai", ({ asOf }) => asOf),
  derived(
    "enterpriseAgeDays", "integer", "days", "成立天数", "days since registration",
    "国科发火〔2016〕195号 工作指引: 注册成立一年以上 = 365 个日历天以上; counted to the evaluation date",
    ({ profile, asOf }) => (profile.registrationDate ? daysBetween(profile.registrationDate, asOf) : undefined),
  ),
  derived(
    "smeSector", "string", undefined, "划型行业", "SME sector", "the GB/T 4754-2017 division of industryCode → the sectors of 工信部联企业〔2011〕300号 (src/profile/industry.ts)",
    (ctx) => industry(ctx)?.sector,
  ),
  derived(
    "sizeClass", "string", undefined, "企业规模", "size class", "工信部联企业〔2011〕300号 第四条; 统计上大中小微型企业划分办法（2017）",
    (ctx) => {
      const ind = industry(ctx);
      const p = ctx.profile;
      return ind && sizeClass(ind.sector, { employees: p.employees, revenue: lastYear(p)?.revenue, totalAssets: p.totalAssets });
    },
    { valueLabels: { large: ["大型", "large"], medium: ["中型", "medium"], small: ["小型", "small"], micro: ["微型", "micro"] } },
  ),
  derived(
    "rdNegativeListSector", "boolean", undefined, "属于研发费用加计扣除负面清单行业", "in a sector on the super-deduction negative list",
    "财税〔2015〕119号 第四条; 国家税务总局公告2015年第97号 (the main business, by its GB/T 4754-2017 class)",
    (ctx) => industry(ctx)?.rdNegativeList,
  ),
  derived(
    "rdIntensity3y", "number", "fraction", "近三年研发费用占销售收入比例", "R&D intensity over the last three years",
    "国科发火〔2016〕32号 第十一条(五)", ({ profile }) => rdIntensity3y(profile), { lever: RD_WINDOW },
  ),
  derived(
    "rdDomesticShare3y", "number", "fraction", "境内研发费用占比", "share of R&D spent in China",
    "国科发火〔2016〕32号 第十一条(五)", ({ profile }) => rdDomesticShare3y(profile), { lever: RD_DOMESTIC },
  ),
  derived(
    "techStaffShare", "number", "fraction", "科技人员占职工总数比例", "S&T staff share",
    "国科发火〔2016〕32号 第十一条(四); 国科发政〔2017〕115号 附件", ({ profile }) => techStaffShare(profile), { lever: TECH_STAFF },
  ),
  derived(
    "highTechRevenueShare", "number", "fraction", "高新技术产品（服务）收入占比", "high-tech revenue share",
    "国科发火〔2016〕32号 第十一条(六)", ({ profile }) => highTechRevenueShare(profile), { lever: HIGH_TECH_REVENUE },
  ),
  derived(
    "ipItemCount", "integer", "items", "知识产权数", "IP items held",
    "国科发火〔2016〕32号 第十一条(二) (I类 + II类)",
    ({ profile: { intellectualProperty: ip } }) => (ip ? ip.classI + ip.classII : undefined), { lever: IP_ITEMS },
  ),
  derived(
    "hnteCertified", "boolean", undefined, "持有有效高新技术企业证书", "holds a valid HNTE certificate",
    "国科发火〔2016〕32号 第九条 (valid three years from issue)", ({ profile, asOf }) => hnteCertified(profile, asOf),
  ),
  derived(
    "hnteValidUntil", "date", undefined, "高新技术企业资格有效期至", "HNTE status valid until",
    "国科发火〔2016〕32号 第九条; 民法典 第二百零一条、第二百零二条", ({ profile, asOf }) => hnteValidUntil(profile, asOf),
  ),
  derived(
    "hnteCertifiedForLastYear", "boolean", undefined, "上年度具备高新技术企业资格（证书覆盖该年度）", "HNTE status for last fiscal year (a certificate covering that year)",
    "国家税务总局公告2017年第24号 第一条 (widely cited, not checked against the text): from the year of the certificate's issue date; in the year it expires, 25 % unless re-recognised by year end — a certificate issued in or before the last fiscal year of the accounts and valid on its 12-31",
    ({ profile }) => hnteCertifiedForLastYear(profile),
  ),
  derived(
    "tsmeStaffScore", "integer", "points", "科技型中小企业科技人员指标得分", "TSME S&T staff score",
    "国科发政〔2017〕115号 附件 (一)", ({ profile }) => tsmeStaffScore(profile), { lever: TECH_STAFF },
  ),
  derived(
    "tsmeRdScore", "integer", "points", "科技型中小企业研发投入指标得分", "TSME R&D score",
    "国科发政〔2017〕115号 附件 (二)", ({ profile }) => tsmeRdScore(profile),
  ),
  derived(
    "tsmeIpScore", "integer", "points", "科技型中小企业科技成果指标得分", "TSME S&T results score",
    "国科发政〔2017〕115号 附件 (三)", ({ profile }) => tsmeIpScore(profile),
  ),
  derived(
    "tsmeScore", "integer", "points", "科技型中小企业评价得分", "TSME score",
    "国科发政〔2017〕115号 附件; 国科火字〔2022〕67号", ({ profile }) => tsmeScore(profile),
  ),
  derived(
    "rdSuperDeductionRate", "number", "fraction", "研发费用加计扣除比例", "R&D super-deduction rate",
    "财政部 税务总局公告2023年第7号 (100%); 公告2023年第44号 (120% for IC and machine-tool enterprises, 2023–2027)",
    ({ profile }) => rdSuperDeductionRate(profile),
  ),
  derived(
    "rareEarthFirm", "boolean", undefined, "稀土企业", "rare-earth enterprise",
    "sectorTags contains \"rare-earth\"", ({ profile }) => rareEarthFirm(profile),
  ),
  derived(
    "hnteNewlyRecognised", "boolean", undefined, "近一年首次认定为高新技术企业", "first recognised as an HNTE within the last year",
    "包头市支持工业高质量发展政策清单（2022）: 认定为高新技术企业; earliest HNTE certificate issued ≤ 365 days before the evaluation date",
    ({ profile, asOf }) => hnteNewlyRecognised(profile, asOf),
  ),
  derived(
    "tsmeConsecutiveYears", "integer", "years", "连续入库科技型中小企业年数", "consecutive years in the TSME database",
    "包头市支持工业高质量发展政策清单（2022）: 连续两年入库; one tsme certification per year",
    ({ profile, asOf }) => tsmeConsecutiveYears(profile, asOf),
  ),
  derived(
    "maxTalentEquityShare", "number", "fraction", "单一高层次人才持股比例（最高）", "largest equity share of one recognised talent",
    "the largest equityShare of talents (桐乡 2020 model policy: 人才持股不低于30%)", ({ profile }) => maxTalentEquityShare(profile),
    { absent: label("未申报经认定的高层次人才", "no recognised talent declared") },
  ),
];
