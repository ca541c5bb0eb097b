/**
 * Accounts older than the last fiscal year named as such: a firm whose latest accounts are of
 * 2023, evaluated in 2025, is told that "last year's" figures are 2023's (and that accounts
 * more than two years old are not used at all: src/profile/dated-checks.ts).
 */
import { ACCOUNTS_MAX_AGE_YEARS, type EnterpriseProfile } from "../profile/index.js";
import { bi, type Msg } from "./i18n.js";

/** What the page says of the accounts: their year, and a warning when they are old. */
export interface AccountsAge {
  /** the latest fiscal year given */
  latest: number;
  /** "2024 年度" / "2024" */
  year: Msg;
  /** set when the latest accounts are not those of the year before the evaluation date */
  warning?: Msg;
}

/**
 * @param profile the profile as entered; @param asOf the evaluation date (ISO)
 * @returns null when no accounts were given
 */
export function accountsAge(profile: EnterpriseProfile, asOf: string): AccountsAge | null {
  const latest = profile.financials?.at(-1)?.year;
  if (latest === undefined) return null;
  const last = Number(asOf.slice(0, 4)) - 1;
  const year = bi(`${latest} 年度`, String(latest));
  if (latest >= last) return { latest, year };
  if (last - latest < ACCOUNTS_MAX_AGE_YEARS) {
    return {
      latest,
      year,
      warning: bi(
        `${latest} 年度的财务数据，早于评估日期一年以上（评估日期的上一年度为 ${last} 年度）：结果按这些数据计算“上年度”；如已有 ${last} 年度数据，请补充后重新查询。`,
        `Accounts of ${latest}, more than a year before the evaluation date (the last fiscal year before it is ${last}): "last year's" figures are taken from them; if the ${last} accounts are ready, add them and ask again.`,
      ),
    };
  }
  return {
    latest,
    year,
    warning: bi(
      `${latest} 年度的财务数据，早于评估日期两年以上，已过时，未予使用：需要财务数据的政策暂无法判断。请补充 ${last} 年度的数据。`,
      `Accounts of ${latest}, more than two years before the evaluation date: too old, not used, so the measures that need accounts are undetermined. Add the ${last} accounts.`,
    ),
  };
}
