/** The data dictionary: the profile's lists and groups (accounts, IP, certificates, talents, project, loan). */
import { field, type FieldText } from "./types.js";

const YEAR = { year: 2024, revenue: 50000000, rdExpense: 2500000 };

export const RECORD_FIELDS: Readonly<Record<string, FieldText>> = {
  financials: field(
    ["分年度财务数据", "accounts by fiscal year"],
    ["已结束的会计年度的财务数据；给出三年即可判断所有政策（研发费用占比按近三年计算）。最近年度早于评估日期所在年份两年以上的财务数据已过时，不予使用。", "The accounts of completed fiscal years; three years settle every measure (R&D intensity spans three). Accounts whose latest year is more than two years before the evaluation date are too old and are not used."],
    [YEAR],
    { shape: ["每个年度一项，按年度从早到晚排列，最近年度在最后。", "One entry per year, oldest first, the latest last."] },
  ),
  "financials[].year": field(
    ["会计年度", "fiscal year"],
    ["财务数据所属的会计（自然）年度；在评估日期须已结束。", "The fiscal (calendar) year of the accounts; it must have ended by the evaluation date."],
    2024,
    { unit: "year" },
  ),
  "financials[].revenue": field(
    ["销售（营业）收入", "sales (operating) revenue"],
    ["该年度的销售收入（营业收入）：研发费用占比的分母，也是中小企业划型的营业收入。", "The year's sales (operating) revenue: the denominator of R&D intensity and the revenue of the SME size class."],
    50000000,
    { unit: "yuan" },
  ),
  "financials[].rdExpense": field(
    ["研发费用", "R&D expense"],
    ["该年度按加计扣除口径归集的研发费用；没有填 0。", "The year's R&D expense as collected for the super-deduction; 0 if none."],
    2500000,
    { unit: "yuan" },
  ),
  "financials[].rdExpenseDomestic": field(
    ["其中境内研发费用", "of which spent in China"],
    ["研发费用中在中国境内发生的部分（高新技术企业认定要求不低于 60%）。", "The part of the R&D expense spent in China (HNTE recognition asks for at least 60 %)."],
    2500000,
    { unit: "yuan" },
  ),
  "financials[].highTechRevenue": field(
    ["高新技术产品（服务）收入", "high-tech product and service revenue"],
    ["该年度高新技术产品（服务）收入（高新技术企业认定要求不低于收入总额的 60%）。", "The year's revenue from high-tech products and services (HNTE recognition asks for at least 60 % of total income)."],
    36000000,
    { unit: "yuan" },
  ),
  "financials[].totalRevenue": field(
    ["收入总额", "total income"],
    ["该年度收入总额（含营业外收入等）：高新技术产品（服务）收入占比的分母。", "The year's total income (non-operating income included): the denominator of the high-tech revenue share."],
    50200000,
    { unit: "yuan" },
  ),
  "financials[].totalCosts": field(
    ["成本费用总额", "costs and expenses"],
    ["该年度成本费用总额：科技型中小企业研发投入指标的另一种算法（研发费用 ÷ 成本费用）。", "The year's costs and expenses: the second way of scoring R&D for the TSME evaluation (R&D ÷ costs)."],
    45700000,
    { unit: "yuan" },
  ),
  "financials[].taxableIncome": field(
    ["应纳税所得额", "taxable income"],
    ["该年度申报的应纳税所得额（已扣除研发费用加计扣除）；亏损填负数。用于估算减免税额和判定小型微利企业。", "The year's taxable income as filed, after the R&D super-deduction; negative for a loss. Used for the tax savings and the small low-profit enterprise test."],
    4120000,
    { unit: "yuan" },
  ),
  "financials[].netAssets": field(
    ["年末净资产", "net assets at year-end"],
    ["该年度末的净资产（所有者权益）；资不抵债时为负数。", "Net assets (owners' equity) at the end of the year; negative when liabilities exceed assets."],
    37600000,
    { unit: "yuan" },
  ),
  intellectualProperty: field(
    ["知识产权", "intellectual property"],
    ["持有的有效知识产权数量，分 I 类和 II 类，两项都要填写。", "Counts of the valid intellectual property held, Class I and Class II, both given."],
    { classI: 2, classII: 11 },
  ),
  "intellectualProperty.classI": field(
    ["I 类知识产权数", "Class I IP items"],
    ["有效的发明专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等；没有填 0。", "Valid invention patents, plant varieties, national crop varieties, new drugs, first-grade protected Chinese medicines, IC layout designs and the like; 0 if none."],
    2,
    { unit: "items" },
  ),
  "intellectualProperty.classII": field(
    ["II 类知识产权数", "Class II IP items"],
    ["有效的实用新型专利、外观设计专利、软件著作权等；没有填 0。", "Valid utility models, designs, software copyrights and the like; 0 if none."],
    11,
    { unit: "items" },
  ),
  certifications: field(
    ["资质认定", "recognitions held"],
    ["企业持有的资质证书和入库登记；科技型中小企业每年入库一次，每年一项。", "The recognitions and database entries the enterprise holds; TSME database entries are yearly, one for each year."],
    [{ type: "hnte", issuedOn: "2022-12-01" }],
    { shape: ["每张证书或每次入库一项；空列表表示没有。", "One entry per certificate or database entry; an empty list says none."] },
  ),
  "certifications[].type": field(
    ["资质类型", "kind of recognition"],
    ["证书或入库登记的类型。", "Which recognition the certificate or database entry is."],
    "hnte",
    {
      values: {
        hnte: ["高新技术企业", "High and New Technology Enterprise (HNTE)"],
        tsme: ["科技型中小企业（入库）", "Technology-based SME (database entry)"],
        "specialized-sme": ["专精特新中小企业", "specialised and sophisticated SME"],
        "little-giant": ["专精特新“小巨人”企业", "“little giant” enterprise"],
      },
    },
  ),
  "certifications[].issuedOn": field(
    ["发证（入库）日期", "issued (entered) on"],
    ["证书的发证日期，或入库登记的日期。", "The date the certificate was issued, or the database entry made."],
    "2022-12-01",
    { unit: "date" },
  ),
  "certifications[].validUntil": field(
    ["有效期至", "valid until"],
    ["证书有效期的最后一天；不填时，高新技术企业证书按自发证之日起三年计（至发证日三年后的同一日）。高新技术企业证书的有效期不能超过三年（国科发火〔2016〕32号 第九条）。", "The last day the certificate is valid; left out, an HNTE certificate is valid for three years from issue (through the third anniversary of that day). An HNTE certificate's cannot be later than that (国科发火〔2016〕32号 第九条)."],
    "2025-12-01",
    { unit: "date" },
  ),
  talents: field(
    ["高层次人才", "recognised high-level talents"],
    ["创办企业或在企业持股的经认定高层次人才。", "The recognised high-level talents who founded or hold equity in the enterprise."],
    [{ tier: "municipal", equityShare: 0.3 }],
    { shape: ["每人一项；空列表表示没有。", "One entry per talent; an empty list says none."] },
  ),
  "talents[].tier": field(
    ["人才层次", "tier"],
    ["人才经认定的层次。", "The level at which the talent is recognised."],
    "municipal",
    { values: { national: ["国家级", "national"], provincial: ["自治区（省）级", "provincial (autonomous region)"], municipal: ["市级", "municipal"] } },
  ),
  "talents[].equityShare": field(
    ["持股比例", "equity held"],
    ["该人才持有的企业股权比例；没有持股填 0。", "The talent's share of the enterprise's equity; 0 if none."],
    0.3,
    { unit: "fraction" },
  ),
  project: field(
    ["投资项目", "investment project"],
    ["企业在园区实施的投资项目，从签约到投产运营。", "The investment project the enterprise is carrying out in the zone, from signing to full operation."],
    { fixedAssetInvestment: 30000000, stage: "construction" },
    { shape: ["null 表示没有投资项目（需要项目的政策为不符合，而非尚无法判断）；不填表示未知。", "null says there is no investment project (the measures that need one are ineligible, not undetermined); left out, it is unknown."] },
  ),
  "project.fixedAssetInvestment": field(
    ["项目固定资产投资", "fixed-asset investment of the project"],
    ["项目的固定资产投资总额：决定厂房建设补贴的档位。", "The project's total fixed-asset investment: it sets the band of the factory-construction subsidy."],
    30000000,
    { unit: "yuan" },
  ),
  "project.equipmentInvestment": field(
    ["其中设备投资", "of which equipment"],
    ["项目新购生产设备的投资。", "Investment in new production equipment for the project."],
    10000000,
    { unit: "yuan" },
  ),
  "project.landAreaMu": field(
    ["项目用地面积", "land area"],
    ["项目用地面积（1 亩约 666.7 平方米）。", "The project's land area (1 mu is about 666.7 m²)."],
    12.5,
    { unit: "mu" },
  ),
  "project.landTenure": field(
    ["用地方式", "land tenure"],
    ["项目用地是购买（出让取得）还是租赁。", "Whether the project's land is bought (use rights granted) or leased."],
    "purchased",
    { values: { purchased: ["购买（出让）", "bought (granted)"], leased: ["租赁", "leased"] } },
  ),
  "project.floorAreaM2": field(
    ["新建厂房建筑面积", "floor area of new factory buildings"],
    ["项目新建厂房的建筑面积。", "The floor area of the factory buildings the project builds."],
    12000.5,
    { unit: "m2" },
  ),
  "project.foreignInvestmentUsd": field(
    ["外资投资额", "foreign investment"],
    ["项目中的外商投资额；没有外资填 0。", "Foreign investment in the project; 0 if none."],
    0,
    { unit: "usd" },
  ),
  "project.stage": field(
    ["项目阶段", "project stage"],
    ["项目目前所处的阶段，从签约到正式运营。", "Where the project stands, from signing to full operation."],
    "construction",
    {
      values: {
        signed: ["已签约", "signed"], construction: ["建设中", "under construction"],
        commissioning: ["投产调试", "commissioning"], operating: ["正式运营", "operating"],
      },
    },
  ),
  loanRequest: field(
    ["贷款需求", "loan requested"],
    ["企业拟申请的流动资金贷款或人才贷。", "The working-capital or talent loan the enterprise is asking for."],
    { amount: 10000000, termMonths: 12 },
    { shape: ["null 表示不需要贷款（贷款类政策为不符合，而非尚无法判断）；不填表示未知。", "null says no loan is needed (the loan measures are ineligible, not undetermined); left out, it is unknown."] },
  ),
  "loanRequest.amount": field(
    ["申请贷款金额", "loan amount"],
    ["拟申请的贷款金额：贷款贴息按此计算。", "The amount of the loan asked for: the interest subsidy is computed on it."],
    10000000,
    { unit: "yuan" },
  ),
  "loanRequest.termMonths": field(
    ["贷款期限", "loan term"],
    ["贷款期限（月）：决定适用的同期限贷款市场报价利率（LPR）。", "The loan's term in months: it sets which loan prime rate (LPR) of the same tenor applies."],
    12,
    { unit: "months" },
  ),
};
