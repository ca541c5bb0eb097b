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

/** The ISO date `years` calendar years after `isoDate`, the day before the anniversary (a 3-year certificate issued 2022-12-01 is valid until 2025-11-30). Feb 29 anniversaries fall back to Feb 28. */
export function lastDayOfYears(isoDate: string, years: number): string {
  const y = +isoDate.slice(0, 4) + years;
  const m = +isoDate.slice(5, 7) - 1;
  const d = Math.min(+isoDate.slice(8, 10), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return new Date(Date.UTC(y, m, d) - 86_400_000).toISOString().slice(0, 10);
}
