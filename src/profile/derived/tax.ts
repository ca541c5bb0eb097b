/**
 * Facts about the firm's tax position on the evaluation date.
 */
import { hnteTermEnd } from "../hnte-term.js";
import type { EnterpriseProfile } from "../schema.js";
import { lastYear } from "./ratios.js";

/**
 * Holds a valid HNTE certificate on `asOf`: issued on or before it and, when `validUntil`
 * is not given, within three years of issue, counted by 民法典 第二百零一条、第二百零二条
 * (issued 2022-12-01 → valid through 2025-12-01).
 * @returns `undefined` when `certifications` is left out (unknown); `[]` means none held
 */
export function hnteCertified(p: EnterpriseProfile, asOf: string): boolean | undefined {
  if (!p.certifications) return undefined;
  return p.certifications.some(
    (c) =>
      c.type === "hnte" &&
      c.issuedOn <= asOf &&
      asOf <= (c.validUntil ?? hnteTermEnd(c.issuedOn)),
  );
}

/**
 * The last day of HNTE status on `asOf`: the latest end of the HNTE certificates valid then.
 * @returns `undefined` when `certifications` is left out or none is valid
 */
export function hnteValidUntil(p: EnterpriseProfile, asOf: string): string | undefined {
  const ends = (p.certifications ?? [])
    .filter((c) => c.type === "hnte" && c.issuedOn <= asOf)
    .map((c) => c.validUntil ?? hnteTermEnd(c.issuedOn))
    .filter((end) => end >= asOf)
    .sort();
  return ends.at(-1);
}

/**
 * The HNTE rate applies to the last fiscal year of the accounts (year Y): a certificate was
 * issued in Y or before and was still valid on Y-12-31. 国家税务总局公告2017年第24号 第一条
 * ([M]: widely stated, not checked against the text): the rate applies from the year of the
 * issue date printed on the certificate (证书注明的发证时间所在年度起); in the year the
 * qualification expires the firm pays 25 % for that year unless re-recognised by its end. A
 * certificate without `validUntil` runs three years from issue (hnte-term.ts).
 * @returns `undefined` when `certifications` is left out or the accounts give no last year
 */
export function hnteCertifiedForLastYear(p: EnterpriseProfile): boolean | undefined {
  const year = lastYear(p)?.year;
  if (!p.certifications || year === undefined) return undefined;
  const yearEnd = `${year}-12-31`;
  return p.certifications.some(
    (c) => c.type === "hnte" && Number(c.issuedOn.slice(0, 4)) <= year && (c.validUntil ?? hnteTermEnd(c.issuedOn)) >= yearEnd,
  );
}

/** Years in which 公告2023年第44号 gives IC and machine-tool enterprises 120 % (2023-01-01 to 2027-12-31). */
const RATE_120_YEARS = { from: 2023, to: 2027 } as const;

/**
 * The extra R&D deduction rate for the last fiscal year (fraction of the R&D expensed):
 * 1.0 under 财政部 税务总局公告2023年第7号 (from 2023); 1.2 for integrated-circuit or
 * industrial machine-tool enterprises under 公告2023年第44号 for 2023–2027.
 * @returns `undefined` when the year is before 2023 (not encoded), or neither flag is true
 *          and one is unknown
 */
export function rdSuperDeductionRate(p: EnterpriseProfile): number | undefined {
  const year = lastYear(p)?.year;
  if (year === undefined || year < 2023) return undefined;
  const { icEnterprise, machineToolEnterprise } = p.flags ?? {};
  if (year <= RATE_120_YEARS.to && (icEnterprise === true || machineToolEnterprise === true)) return 1.2;
  if (year > RATE_120_YEARS.to) return 1.0;
  return icEnterprise === false && machineToolEnterprise === false ? 1.0 : undefined;
}
