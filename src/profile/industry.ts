/**
 * GB/T 4754-2017 (国民经济行业分类) classes → the SME sector of 工信部联企业〔2011〕300号
 * and membership of the R&D super-deduction negative list of 财税〔2015〕119号.
 * Source: policy/SOURCES.md §12 (table by division; [M] for the table as a whole).
 */

/** The sectors of 工信部联企业〔2011〕300号 (policy/SOURCES.md §3), plus `finance` (not covered). */
export type SmeSector =
  | "agriculture" | "industry" | "construction" | "wholesale" | "retail" | "transport"
  | "warehousing" | "postal" | "accommodation" | "catering" | "information-transmission"
  | "software-it" | "real-estate-development" | "property-management" | "leasing-business"
  | "other" | "finance";

/** What a GB/T 4754-2017 class says for the rules. */
export interface IndustryClass {
  /** 4-digit class code, e.g. `"3985"` */
  code: string;
  /** 2-digit division, 1–97 */
  division: number;
  /** SME sector; `finance` has no size class under 300号 */
  sector: SmeSector;
  /** on the super-deduction negative list of 财税〔2015〕119号 (tobacco, wholesale and retail, accommodation and catering, real estate, leasing and business services, entertainment) */
  rdNegativeList: boolean;
}

/** Division ranges → sector (inclusive bounds), policy/SOURCES.md §12. Division 70 is split by class below. */
const DIVISIONS: ReadonlyArray<readonly [from: number, to: number, sector: SmeSector]> = [
  [1, 5, "agriculture"],
  [6, 46, "industry"], // B mining 06–12, C manufacturing 13–43, D utilities 44–46
  [47, 50, "construction"],
  [51, 51, "wholesale"],
  [52, 52, "retail"],
  [53, 58, "transport"],
  [59, 59, "warehousing"],
  [60, 60, "postal"],
  [61, 61, "accommodation"],
  [62, 62, "catering"],
  [63, 64, "information-transmission"],
  [65, 65, "software-it"],
  [66, 69, "finance"],
  [70, 70, "other"],
  [71, 72, "leasing-business"],
  [73, 97, "other"],
];

/** Divisions on the 119号 negative list: 16 tobacco, 51–52 wholesale/retail, 61–62 accommodation/catering, 70 real estate, 71–72 leasing and business services, 90 entertainment. */
const NEGATIVE_LIST_DIVISIONS = new Set([16, 51, 52, 61, 62, 70, 71, 72, 90]);

/** `true` when `code` has the shape of a GB/T 4754-2017 class: four digits, division 01–97. */
export function isIndustryClass(code: string): boolean {
  if (!/^\d{4}$/.test(code)) return false;
  const division = Number(code.slice(0, 2));
  return division >= 1 && division <= 97;
}

/**
 * Reads a GB/T 4754-2017 class.
 * @param code 4 digits, division 01–97
 * @throws Error when `code` is not such a class (the profile schema refuses it first)
 */
export function industryClass(code: string): IndustryClass {
  if (!isIndustryClass(code)) throw new Error(`"${code}" is not a GB/T 4754-2017 class (four digits, division 01–97)`);
  const division = Number(code.slice(0, 2));
  let sector = DIVISIONS.find(([from, to]) => division >= from && division <= to)![2];
  if (code === "7010") sector = "real-estate-development";
  if (code === "7020") sector = "property-management";
  return { code, division, sector, rdNegativeList: NEGATIVE_LIST_DIVISIONS.has(division) };
}
