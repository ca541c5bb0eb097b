/**
 * Calendar dates in Asia/Shanghai. Dates are ISO `YYYY-MM-DD` strings throughout;
 * "today" is today in Asia/Shanghai, never the host's zone or UTC (DESIGN.md "Conventions").
 */

const shanghai = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Asia/Shanghai as `YYYY-MM-DD` (`now` for tests; default the clock). */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghai.format(now); // en-CA formats as YYYY-MM-DD
}

/** Days since 1970-01-01 of an ISO calendar date (no time zone involved: a calendar date). */
function dayNumber(isoDate: string): number {
  return Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / 86_400_000;
}

/** Whole calendar days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The last day of a period of `years` years that starts on `isoDate` (民法典 第二百零一条:
 * the first day is not counted; 第二百零二条: the period ends on the corresponding day of the
 * last month, or that month's last day when it has none). A 3-year certificate issued
 * 2022-12-01 is valid through 2025-12-01; one issued 2020-02-29, through 2023-02-28.
 */
export function periodEnd(isoDate: string, years: number): string {
  const y = +isoDate.slice(0, 4) + years;
  const m = +isoDate.slice(5, 7) - 1;
  const d = Math.min(+isoDate.slice(8, 10), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
}

/** The ISO date `days` calendar days after `isoDate` (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10) + days)).toISOString().slice(0, 10);
}
