/**
 * Problems found after the form was read, tied back to its fields: issues of the profile
 * schema (zod paths) and of the profile against the evaluation date (`ProfileDateError`).
 */
import type * as z from "zod";
import { type DatedProblem, readableIssues } from "../profile/index.js";
import { FIELD_BY_KEY, fieldOrder } from "./field-index.js";
import { certKey, talentKey, yearKey } from "./fields-groups.js";
import type { FieldError, ListSource } from "./form-profile.js";
import { bi } from "./i18n.js";

const GROUPS: Readonly<Record<string, [prefix: string, whole: string]>> = {
  intellectualProperty: ["ip.", "ip.classI"],
  project: ["project.", "project.fixedAssetInvestment"],
  loanRequest: ["loan.", "loan.amount"],
  flags: ["flags.", ""],
};

/**
 * The form field a profile path points at ("" when none does).
 * @param path a path into the profile, e.g. ["financials", 1, "revenue"]
 * @param source where the profile's list entries came from
 */
export function keyOfPath(path: readonly PropertyKey[], source: ListSource): string {
  const [head, index, leaf] = path;
  const at = typeof index === "number" ? index : -1;
  switch (head) {
    case "financials": {
      const col = source.financials[at];
      return col === undefined || leaf === undefined || leaf === "year" ? "latestYear" : yearKey(col, String(leaf));
    }
    case "certifications": {
      const row = source.certifications[at];
      return row === undefined || leaf === undefined ? "certsAnswer" : certKey(row, String(leaf) as "type");
    }
    case "talents": {
      const row = source.talents[at];
      return row === undefined || leaf === undefined ? "talentsAnswer" : talentKey(row, String(leaf) as "tier");
    }
    case "sectorTags": return "rareEarth";
  }
  const group = GROUPS[String(head)];
  if (group) {
    const key = index === undefined ? group[1] : group[0] + String(index);
    return FIELD_BY_KEY.has(key) ? key : group[1];
  }
  return FIELD_BY_KEY.has(String(head)) ? String(head) : "";
}

/** Keeps the first message of each field, in form order. */
export function orderErrors(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)))
    .sort((a, b) => fieldOrder(a.key) - fieldOrder(b.key));
}

/** Issues of the profile schema that the form's own checks did not catch first. */
export function schemaErrors(issues: readonly z.core.$ZodIssue[], source: ListSource): FieldError[] {
  return orderErrors(readableIssues(issues).map((issue) => ({
    key: keyOfPath(issue.path, source),
    message: bi("此项未通过校验，请核对后重新填写", issue.message),
  })));
}

/** The profile contradicts the evaluation date: registered, a year ended or a certificate issued after it. */
export function datedErrors(problems: readonly DatedProblem[], source: ListSource, asOf: string): FieldError[] {
  const year = Number(asOf.slice(0, 4));
  return orderErrors(problems.map((p) => {
    const key = keyOfPath(p.path, source);
    if (p.path[0] === "registrationDate") {
      return { key, message: bi(`成立日期晚于评估日期 ${asOf}，请核对`, `registered after the evaluation date ${asOf}: check the date`) };
    }
    if (p.path[0] === "financials") {
      return { key, message: bi(`在评估日期 ${asOf}，该年度尚未结束：最近会计年度最晚为 ${year - 1} 年`, `on the evaluation date ${asOf} that year has not ended: the latest fiscal year is ${year - 1} at most`) };
    }
    return { key, message: bi(`发证日期晚于评估日期 ${asOf}，请核对`, `issued after the evaluation date ${asOf}: check the date`) };
  }));
}

/** No version of the rules was in force on the date asked for. */
export const noRulesError = (asOf: string): FieldError => ({
  key: "asOf",
  message: bi(`${asOf} 没有生效的政策规则版本，请填写较晚的日期`, `no version of the rules was in force on ${asOf}: give a later date`),
});
