/**
 * The versions of each rule set as the console lists them (docs/staff.md, "Versions"): where
 * each comes from (bundled with the code, or published through review — by whom, when) and its
 * status on a day: `in-force` (answers by date), `scheduled` (takes effect later), `superseded`
 * (a later version answers), `withdrawn` (from a date on or before the day; a later date is a
 * withdrawal still to come, shown beside the status). Versions stored but unloadable are the
 * catalog's `unavailable`, listed apart.
 */
import { type Catalog, RuleSetNotFoundError } from "../ruleset/catalog.js";
import type { Withdrawal } from "../ruleset/withdrawal.js";

export type VersionStatus = "in-force" | "scheduled" | "superseded" | "withdrawn";

/** One version of a rule set. */
export interface VersionRow {
  version: string;
  effectiveFrom: string;
  hash: string;
  status: VersionStatus;
  withdrawn?: Withdrawal["withdrawn"];
  /** null: bundled with the code */
  published: { by: string; at: string } | null;
}

/** A rule set and its versions, oldest first. */
export interface RuleSetVersions {
  id: string;
  title: { "zh-CN": string; en: string };
  versions: VersionRow[];
}

/**
 * @param catalog the versions that exist (bundled, published, withdrawals)
 * @param db the store, for who published what and when
 * @param today ISO date, Asia/Shanghai
 */
export async function versionsOn(catalog: Catalog, db: D1Database, today: string): Promise<RuleSetVersions[]> {
  const { results } = await db.prepare("SELECT ruleset_id AS id, version, published_at AS at, published_by AS by FROM ruleset_versions")
    .all<{ id: string; version: string; at: string; by: string }>();
  const published = new Map(results.map((r) => [`${r.id}@${r.version}`, { by: r.by, at: r.at }]));
  return catalog.list().map((set) => {
    let inForce: string | undefined;
    try {
      inForce = catalog.resolve({ id: set.id, asOf: today }).ruleset.version;
    } catch (e) {
      if (!(e instanceof RuleSetNotFoundError)) throw e;
    }
    const versions = set.versions.map((v): VersionRow => {
      const status: VersionStatus = v.withdrawn && v.withdrawn.from <= today ? "withdrawn"
        : v.effectiveFrom > today ? "scheduled" : v.version === inForce ? "in-force" : "superseded";
      return { ...v, status, published: published.get(`${set.id}@${v.version}`) ?? null };
    });
    return { id: set.id, title: set.title, versions };
  });
}
