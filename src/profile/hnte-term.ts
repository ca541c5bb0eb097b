/**
 * The term of an HNTE certificate: three years from the date of issue (国科发火〔2016〕32号
 * 第九条：通过认定的高新技术企业，其资格自颁发证书之日起有效期为三年; [M] in policy/SOURCES.md §1),
 * counted by 民法典 第二百零一条、第二百零二条: the day of issue is not counted, so the last valid
 * day is the third anniversary (issued 2022-12-01 → valid through 2025-12-01; issued
 * 2020-02-29 → through 2023-02-28). The default `validUntil` and the longest one accepted.
 */
import { periodEnd } from "./dates.js";

/** Years an HNTE certificate is valid. */
export const HNTE_CERTIFICATE_YEARS = 3;

/** The last day of an HNTE certificate issued on `issuedOn` (ISO dates, Asia/Shanghai). */
export const hnteTermEnd = (issuedOn: string): string => periodEnd(issuedOn, HNTE_CERTIFICATE_YEARS);
