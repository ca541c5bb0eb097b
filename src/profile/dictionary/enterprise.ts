/** The data dictionary: the enterprise's own fields (identity, people, assets, scores). */
import { field, type FieldText } from "./types.js";

export const ENTERPRISE_FIELDS: Readonly<Record<string, FieldText>> = {
  creditCode: field(
    ["统一社会信用代码", "unified social credit code (USCC)"],
    ["营业执照上的 18 位代码（GB 32100-2015），其校验位会被核对。", "The 18-character code on the business licence (GB 32100-2015); its check character is verified."],
    "91150200MA0N3K7R4K",
  ),
  name: field(
    ["企业名称", "registered name"],
    ["与营业执照一致的企业名称。", "The enterprise's name as on its business licence."],
    "包头稀晟永磁材料有限公司",
  ),
  registrationDate: field(
    ["成立日期", "date of registration"],
    ["营业执照上的成立日期；企业成立时间（如高新技术企业认定要求注册成立一年以上）由此计算。", "The date of registration on the business licence; the enterprise's age (HNTE recognition asks for a year or more) is counted from it."],
    "2016-04-12",
    { unit: "date" },
  ),
  industryCode: field(
    ["行业代码（GB/T 4754-2017）", "industry class (GB/T 4754-2017)"],
    ["主营业务所属的国民经济行业分类 4 位小类代码，决定中小企业划型所属行业，以及是否属于研发费用加计扣除负面清单行业。", "The four-digit GB/T 4754-2017 class of the main business: it sets the sector of the SME size class and whether the sector is on the R&D super-deduction negative list."],
    "3985",
  ),
  zone: field(
    ["注册地", "zone of registration"],
    ["企业的注册地；包头稀土高新区的本地政策只适用于在区内注册的企业。", "Where the enterprise is registered; the local measures of the Baotou Rare Earth Hi-Tech Zone apply only to enterprises registered in it."],
    "baotou-rare-earth-hi-tech-zone",
    { values: { "baotou-rare-earth-hi-tech-zone": ["包头稀土高新技术产业开发区", "Baotou Rare Earth Hi-Tech Zone"] } },
  ),
  sectorTags: field(
    ["产业标签", "sector tags"],
    ["企业所属的产业链；稀土产业企业（稀土开采、冶炼分离、新材料或终端应用）适用园区的稀土产业政策。", "The industry chains the enterprise belongs to; rare-earth enterprises (mining, smelting and separation, materials or applications of rare earths) can use the zone's rare-earth measures."],
    ["rare-earth", "permanent-magnet"],
    {
      values: { "rare-earth": ["稀土产业", "rare-earth industry"], "permanent-magnet": ["永磁材料", "permanent magnets"] },
      shape: ["标签列表；rare-earth 表示稀土产业企业。", "A list of tags; rare-earth marks a rare-earth enterprise."],
    },
  ),
  taxCollection: field(
    ["企业所得税征收方式", "income-tax collection method"],
    ["税务机关征收企业所得税的方式；研发费用加计扣除、科技型中小企业评价等政策要求查账征收。", "How the tax office collects the enterprise's income tax; the R&D super-deduction and the TSME evaluation, among others, need collection on actual accounts."],
    "actual",
    { values: { actual: ["查账征收", "on actual accounts"], assessed: ["核定征收", "assessed"] } },
  ),
  employees: field(
    ["职工总数", "employees"],
    ["上年末在职职工人数：用于中小企业划型，也是科技人员占比的分母。", "Headcount at last year-end: it sets the SME size class and is the denominator of the S&T staff share."],
    180,
    { unit: "people" },
  ),
  techStaff: field(
    ["科技人员数", "S&T staff"],
    ["直接从事研发和相关技术创新活动、以及专门从事上述活动管理和提供直接技术服务的人员，按全年累计实际工作 183 天以上计。", "People working directly on R&D and related technical innovation, or managing it or giving it direct technical services, who worked 183 days or more in the year."],
    36,
    { unit: "people" },
  ),
  averageEmployees: field(
    ["从业人数季度平均值", "quarterly-average headcount"],
    ["上年度各季度初、季度末从业人数的平均值，含劳务派遣人员：用于判定小型微利企业。", "The average of last year's headcounts at the start and end of each quarter, agency workers included: the small low-profit enterprise test."],
    176,
    { unit: "people" },
  ),
  totalAssets: field(
    ["资产总额", "total assets"],
    ["上年末资产负债表上的资产总额：用于中小企业划型。", "Total assets on last year-end's balance sheet: the SME size class."],
    68000000,
    { unit: "yuan" },
  ),
  averageTotalAssets: field(
    ["资产总额季度平均值", "quarterly-average total assets"],
    ["上年度各季度初、季度末资产总额的平均值：用于判定小型微利企业。", "The average of last year's total assets at the start and end of each quarter: the small low-profit enterprise test."],
    66500000,
    { unit: "yuan" },
  ),
  hnteAssessmentScore: field(
    ["高新技术企业创新能力评价得分", "HNTE innovation-capability score"],
    ["高新技术企业认定中专家对企业创新能力的评价得分（0–100），须高于 70 分；尚未评价可不填。", "The experts' score of the enterprise's innovation capability in HNTE recognition (0–100); recognition needs more than 70. Leave it out when not yet assessed."],
    78,
    { unit: "points" },
  ),
  innovationPoints: field(
    ["企业创新积分", "innovation points"],
    ["科技部门公布的企业创新积分（0–100）；70 分以上可进入创新积分贷推荐名单。", "The enterprise innovation points published by the S&T authorities (0–100); 70 or more puts the enterprise on the recommended list for innovation-points loans."],
    66,
    { unit: "points" },
  ),
  annualTaxPaid: field(
    ["上年度纳税总额", "taxes paid last year"],
    ["上年度缴纳的各项税收合计。", "All taxes paid last year, together."],
    2860000,
    { unit: "yuan" },
  ),
};
