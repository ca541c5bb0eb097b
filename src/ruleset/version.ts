/**
 * Rule-set version numbers `YYYY.N.P`, compared numerically part by part. Each number has one
 * spelling, without leading zeros (`2041.7.0`, never `2041.07.0`): the schema refuses the
 * others, and the database (migrations/0002_canonical_versions.sql) stores no second spelling
 * of a number.
 */

/** The spelling of `version` without leading zeros in any part: `2041.07.00` → `2041.7.0`. */
export function canonicalVersion(version: string): string {
  return version.split(".").map((part) => part.replace(/^0+(?=\d)/, "")).join(".");
}

/** Two digit strings compared as numbers, exactly at any length (leading zeros ignored). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, ""), y = b.replace(/^0+/, "");
  return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}

/** Negative when `a` is older than `b`, 0 when equal (as numbers: `2041.07.0` equals `2041.7.0`), positive when newer. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split("."), pb = b.split(".");
  for (let i = 0; i < 3; i++) {
    const d = compareDigits(pa[i] ?? "0", pb[i] ?? "0");
    if (d !== 0) return d;
  }
  return 0;
}
