/**
 * What the service lacks when its store fails it: stored versions that cannot be loaded, and
 * the errors a resolution raises for them or for a store that cannot be read (HTTP: 503).
 */

/**
 * A stored version that cannot be loaded (its text is not JSON, fails the schema, or names
 * another version than its row): left out of resolution and reported.
 */
export interface UnavailableVersion {
  id: string;
  /** as its row spells it */
  version: string;
  /** ISO date from its row */
  effectiveFrom: string;
  /** why it cannot be loaded, for the people who must fix it */
  reason: string;
}

/** Raised when a request asks for a version that is stored but cannot be loaded; HTTP maps it to 503. */
export class RuleSetUnavailableError extends Error {
  override name = "RuleSetUnavailableError";
  constructor(readonly unavailable: UnavailableVersion) {
    super(`${unavailable.id} ${unavailable.version} is stored but cannot be loaded (${unavailable.reason})`);
  }
}

/** Raised when the answer may be a published version but the store cannot be read; HTTP maps it to 503. */
export class StoreUnreachableError extends Error {
  override name = "StoreUnreachableError";
}
