/** The profile layer: schema, credit code, facts. Nothing here imports a higher layer. */
export { CreditCode, EnterpriseProfile, equityOverflow, FiscalYear, percentOf } from "./schema.js";
export { readableIssues, fieldErrors, pointer, type IssueAt } from "./issues.js";
export { usccProblem, usccCheckCharacter } from "./credit-code.js";
export { FACTS, resolveFacts, derivedValues, type FactValues } from "./registry.js";
export { ABSENT } from "./fact.js";
export type { FactDef, FactContext, FactUnit, FactType, Lever } from "./fact.js";
export { Bilingual, IsoDate, Fraction, MAX_YUAN, yuan, fractionDigits } from "./units.js";
export { todayInShanghai, daysBetween, addDays, periodEnd } from "./dates.js";
export { HNTE_CERTIFICATE_YEARS, hnteTermEnd } from "./hnte-term.js";
export { datedIssues, datedProblems, ProfileDateError, type DatedProblem } from "./dated-checks.js";
export { missingInputs, inputLabel, NEEDS } from "./needs.js";
export { FIELD_TEXTS, fieldDescription, fieldText, UNIT_TEXT, valueLabel, type FieldText, type FieldUnit } from "./dictionary/index.js";
export { ACCOUNTS_MAX_AGE_YEARS, withCurrentAccounts } from "./dated-checks.js";
export { rdWindowTotalsFen } from "./derived/ratios.js";
export { SupportRecord, SupportStatus, SUPPORT_STATUSES, isReceived } from "./support.js";
export { eachContainer, type JsonPlace, MAX_JSON_DEPTH, pathOf, textDepth, tooDeep, type TooDeep } from "./json-depth.js";
