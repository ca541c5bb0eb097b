/** The data dictionary: the self-declared situations (`flags.*`), each true, false or left out (unknown). */
import { field, type FieldText } from "./types.js";

export const FLAG_FIELDS: Readonly<Record<string, FieldText>> = {
  flags: field(
    ["自我声明事项", "self-declared situations"],
    ["企业自行声明的是或否事项；未回答的事项视为未知，而不是“否”。", "Yes-or-no situations the enterprise declares; one not answered is unknown, not no."],
    { seriousFraud: false, pendingLitigation: true },
    { shape: ["每项为 true 或 false；不知道的事项不填。", "Each true or false; leave out those not known."] },
  ),
  "flags.majorAccidentLastYear": field(
    ["上一年度发生重大安全、重大质量事故", "major safety or quality accident in the last year"],
    ["近一年内企业是否发生重大安全事故或重大质量事故。", "Whether the enterprise had a major safety or quality accident in the last year."],
    false,
  ),
  "flags.seriousEnvironmentalViolation": field(
    ["发生严重环境违法行为", "serious environmental violation"],
    ["近一年内企业是否有严重环境违法行为。", "Whether the enterprise committed a serious environmental violation in the last year."],
    false,
  ),
  "flags.seriousFraud": field(
    ["存在严重弄虚作假行为", "serious fraud"],
    ["企业在申报或经营中是否有严重弄虚作假行为。", "Whether the enterprise has committed serious fraud, in applications or in business."],
    false,
  ),
  "flags.researchMisconduct": field(
    ["存在严重科研失信行为", "serious research misconduct"],
    ["企业是否有被认定的严重科研失信行为。", "Whether the enterprise has been found to have committed serious research misconduct."],
    false,
  ),
  "flags.abnormalOperationList": field(
    ["列入经营异常名录", "on the abnormal-operation list"],
    ["企业是否被列入市场监管部门的经营异常名录。", "Whether the enterprise is on the market regulator's list of abnormal operations."],
    false,
  ),
  "flags.seriousIllegalityList": field(
    ["列入严重违法失信名单", "on the serious-illegality list"],
    ["企业是否被列入严重违法失信名单。", "Whether the enterprise is on the list of serious illegality and dishonesty."],
    false,
  ),
  "flags.restrictedIndustry": field(
    ["属于国家限制或禁止行业", "in a restricted or prohibited industry"],
    ["企业的主营业务是否属于国家限制类或淘汰类产业。", "Whether the enterprise's main business is in an industry the State restricts or prohibits."],
    false,
  ),
  "flags.icEnterprise": field(
    ["集成电路企业", "integrated-circuit enterprise"],
    ["企业是否为集成电路企业（研发费用加计扣除比例为 120%）。", "Whether the enterprise is an integrated-circuit enterprise (its R&D super-deduction is 120 %)."],
    false,
  ),
  "flags.machineToolEnterprise": field(
    ["工业母机企业", "industrial machine-tool enterprise"],
    ["企业是否为工业母机企业（研发费用加计扣除比例为 120%）。", "Whether the enterprise is an industrial machine-tool enterprise (its R&D super-deduction is 120 %)."],
    false,
  ),
  "flags.pendingLitigation": field(
    ["有涉企诉讼待办", "has pending litigation"],
    ["企业是否有需要起诉或正在立案的涉企纠纷（绿色通道诉讼服务）。", "Whether the enterprise has a dispute it is taking to court, or a case being filed (the green-tag litigation channel)."],
    true,
  ),
};
