/**
 * Withdrawn versions (docs/publishing.md, "Withdrawing a version"): a bundled or published
 * version withdrawn from a date stops answering by date from that day — `asOf` resolution
 * leaves it out on and after `from` — while it is never deleted or changed (its body and hash
 * stay) and a request that pins it still gets it, with `withdrawn: { from, reason }` in the
 * answer's `ruleset`. Withdrawals are stored in D1 (migrations/0003_review.sql), bundled
 * versions' too.
 */

/** A withdrawal as stored: which version, from when, why. */
export interface Withdrawal {
  id: string;
  version: string;
  withdrawn: {
    /** ISO date (Asia/Shanghai): from this day on, the version no longer answers by date */
    from: string;
    /** why, in the officer's words */
    reason: string;
  };
}

/** `true` when `v` has been withdrawn on `asOf` (its withdrawal's `from` ≤ asOf). */
export const withdrawnOn = (v: { withdrawn?: Withdrawal["withdrawn"] | undefined }, asOf: string): boolean =>
  v.withdrawn !== undefined && v.withdrawn.from <= asOf;
