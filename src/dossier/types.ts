/**
 * What the dossier store reads and writes (migrations/0004_dossiers.sql; docs/dossiers.md).
 * Timestamps are ISO UTC; dates ISO in Asia/Shanghai; money in yuan.
 */
import type { EnterpriseProfile } from "../profile/index.js";

/** Who wrote a row: the dossier's owner (its access token), a staff member (`staff:` + the ADMIN_TOKENS label), or the retention sweep. */
export type Actor = "owner" | `staff:${string}` | "retention";

/** Where a profile version came from: the web form, the API, or a staff import. */
export const PROFILE_SOURCES = ["form", "api", "import"] as const;
export type ProfileSource = (typeof PROFILE_SOURCES)[number];

/** A live dossier's row. */
export interface Dossier {
  /** random id (UUID), stable for the dossier's life: what queues and notices refer to */
  id: string;
  /** USCC */
  creditCode: string;
  /** the latest version's registered name, when it gives one */
  name: string | null;
  /** hex SHA-256 of the current access token */
  tokenHash: string;
  tokenIssuedAt: string;
  createdAt: string;
  /** the last write: retention counts from it */
  updatedAt: string;
  /** number of the latest profile version (0: none yet) */
  latestVersion: number;
  /** `seq` of the latest decision, null before the first */
  lastDecisionSeq: number | null;
}

/** A profile version without the profile. */
export interface VersionEntry {
  /** 1, 2, … in the order saved */
  version: number;
  /** ISO timestamp, UTC */
  savedAt: string;
  /** ISO date, Asia/Shanghai */
  savedOn: string;
  source: ProfileSource;
  savedBy: Actor;
  /** `sha256:` of the profile's RFC 8785 canonical JSON */
  profileHash: string;
}

/** A profile version with its profile. */
export interface StoredVersion extends VersionEntry {
  profile: EnterpriseProfile;
}
