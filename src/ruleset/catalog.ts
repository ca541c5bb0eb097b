/**
 * A catalog of rule-set versions and their resolution (DESIGN.md "Rule files and versions"):
 * `version` pins a version; otherwise the version with the latest `effectiveFrom` ≤ `asOf`
 * answers. Versions are parsed once, when the catalog is built; hashes are computed once.
 */
import { readableIssues } from "../profile/index.js";
import { canonicalHash } from "./hash.js";
import { depthErrors } from "./lint.js";
import { inForceOn, replacedVersion, type VersionInfo } from "./resolution.js";
import { type Measure, RuleSet } from "./schema.js";
import { RuleSetUnavailableError, StoreUnreachableError, type UnavailableVersion } from "./unavailable.js";
import { compareVersions } from "./version.js";
import { type Withdrawal, withdrawnOn } from "./withdrawal.js";

/** A loaded version: the parsed rule set and the hash of the JSON it was parsed from. */
export interface LoadedRuleSet {
  ruleset: RuleSet;
  /** the JSON it was parsed from, as written (what the hash is of) */
  raw: unknown;
  /** `sha256:…` of the RFC 8785 canonical JSON of the file */
  hash: string;
  /** set when the version has been withdrawn (src/ruleset/withdrawal.ts): it no longer answers by date from `from` */
  withdrawn?: Withdrawal["withdrawn"];
}

/** How answers and reports name a loaded version. */
export interface RuleSetRef {
  id: string;
  version: string;
  /** `sha256:…` of the RFC 8785 canonical JSON */
  hash: string;
  /** ISO date */
  effectiveFrom: string;
  /** when the version has been withdrawn: from which date (ISO) and why */
  withdrawn?: Withdrawal["withdrawn"];
}

/** The reference to a loaded version. */
export function ruleSetRef({ ruleset, hash, withdrawn }: LoadedRuleSet): RuleSetRef {
  return { id: ruleset.id, version: ruleset.version, hash, effectiveFrom: ruleset.effectiveFrom, ...(withdrawn ? { withdrawn } : {}) };
}

/** Raised when no version answers a request; HTTP maps it to 404. */
export class RuleSetNotFoundError extends Error {
  override name = "RuleSetNotFoundError";
}

/** What a caller asks for: a rule-set id, and a pinned `version` or an `asOf` date. */
export interface Resolution {
  id: string;
  version?: string | undefined;
  /** ISO date (Asia/Shanghai) */
  asOf: string;
}

/** One line of `GET /v1/rulesets`. */
export interface RuleSetSummary {
  id: string;
  title: RuleSet["title"];
  versions: { version: string; effectiveFrom: string; hash: string; withdrawn?: Withdrawal["withdrawn"] }[];
}

/** A rule-set file the RuleSet schema refuses; `issues` lists every problem as `/pointer: message`. */
export class RuleSetInvalidError extends Error {
  override name = "RuleSetInvalidError";
  constructor(message: string, readonly issues: readonly string[]) {
    super(message);
  }
}

/**
 * Parses and hashes one rule-set file (a catalog's version, or a draft that is in none). It is
 * first measured by loops (`depthErrors`): nesting that would overflow the schema's or the
 * evaluator's recursion is refused before either runs.
 * @param raw the parsed JSON of the file
 * @throws RuleSetInvalidError naming the file's id/version and the first problem — nesting too
 *         deep, or the schema's (all in `issues`)
 */
export function loadRuleSet(raw: unknown): LoadedRuleSet {
  const where = (raw as { id?: string; version?: string } | null) ?? {};
  const deep = depthErrors(raw).map((f) => `${f.pointer}: ${f.message}`);
  if (deep.length) throw new RuleSetInvalidError(`rule set ${where.id}@${where.version}: ${deep[0]}`, deep);
  const parsed = RuleSet.safeParse(raw);
  if (!parsed.success) {
    const issues = readableIssues(parsed.error.issues).map((i) => `/${i.path.join("/")}: ${i.message}`);
    throw new RuleSetInvalidError(`rule set ${where.id}@${where.version}: ${issues[0]}`, issues);
  }
  return { ruleset: parsed.data, raw, hash: canonicalHash(raw) };
}

/** An immutable set of rule-set versions, with the stored ones that could not be loaded. */
export class Catalog {
  private constructor(
    private readonly versions: readonly LoadedRuleSet[],
    /** stored versions that cannot be loaded: left out of resolution */
    readonly unavailable: readonly UnavailableVersion[] = [],
    /** false when the published versions could not be read (this catalog then lacks them) */
    readonly storeReachable = true,
  ) {}

  /**
   * Parses and hashes rule-set files.
   * @param files parsed JSON of each `rules/<id>/<version>.json`
   * @throws RuleSetInvalidError naming the file's id/version and the first schema problem; Error for a duplicate version
   */
  static async load(files: readonly unknown[]): Promise<Catalog> {
    const loaded = files.map(loadRuleSet);
    const seen = new Set<string>();
    for (const { ruleset: r } of loaded) {
      const key = `${r.id}@${r.version}`;
      if (seen.has(key)) throw new Error(`rule set ${key} is defined twice`);
      seen.add(key);
    }
    return new Catalog(loaded);
  }

  /**
   * This catalog and more: loaded versions added (the caller has checked they are new), and
   * stored versions that could not be loaded.
   */
  with(added: readonly LoadedRuleSet[], unavailable: readonly UnavailableVersion[]): Catalog {
    return new Catalog([...this.versions, ...added], [...this.unavailable, ...unavailable], this.storeReachable);
  }

  /**
   * This catalog with its withdrawals (bundled or published versions): each withdrawn version
   * carries `withdrawn`; a withdrawal of a version not here is ignored.
   */
  withWithdrawals(withdrawals: readonly Withdrawal[]): Catalog {
    if (withdrawals.length === 0) return this;
    const versions = this.versions.map((v) => {
      const w = withdrawals.find((x) => x.id === v.ruleset.id && compareVersions(x.version, v.ruleset.version) === 0);
      return w ? { ...v, withdrawn: w.withdrawn } : v;
    });
    return new Catalog(versions, this.unavailable, this.storeReachable);
  }

  /** The same versions, marked as lacking the published ones (the store could not be read). */
  withoutStore(): Catalog {
    return new Catalog(this.versions, this.unavailable, false);
  }

  /** The stored version of that number that cannot be loaded, if any (`2041.07.0` is the number `2041.7.0`). */
  unavailableVersion(id: string, version: string): UnavailableVersion | undefined {
    return this.unavailable.find((u) => u.id === id && compareVersions(u.version, version) === 0);
  }

  /** `true` when the catalog holds that id and version. */
  has(id: string, version: string): boolean {
    return this.versions.some((v) => v.ruleset.id === id && v.ruleset.version === version);
  }

  /** The other versions, for lint's reachability check. */
  summaries(): { id: string; version: string; effectiveFrom: string }[] {
    return this.versions.map(({ ruleset: r }) => ({ id: r.id, version: r.version, effectiveFrom: r.effectiveFrom }));
  }

  /**
   * Every measure of rule set `id` by its id, as its latest version (by number) defines
   * it: measure ids are stable across versions, so a record about a measure of any version
   * (support received, src/engine/support-check.ts) finds it here.
   */
  measuresOf(id: string): ReadonlyMap<string, Measure> {
    let out = this.measuresById.get(id);
    if (!out) {
      out = new Map();
      for (const { ruleset: r } of this.sorted()) if (r.id === id) for (const m of r.measures) out.set(m.id, m);
      this.measuresById.set(id, out);
    }
    return out;
  }
  private readonly measuresById = new Map<string, Map<string, Measure>>();

  /** Every rule set with its versions, oldest first. */
  list(): RuleSetSummary[] {
    const byId = new Map<string, RuleSetSummary>();
    for (const { ruleset: r, hash, withdrawn } of this.sorted()) {
      const entry = byId.get(r.id) ?? { id: r.id, title: r.title, versions: [] };
      entry.versions.push({ version: r.version, effectiveFrom: r.effectiveFrom, hash, ...(withdrawn ? { withdrawn } : {}) });
      entry.title = r.title; // the newest version's title
      byId.set(r.id, entry);
    }
    return [...byId.values()];
  }

  /**
   * The version that answers `q`. Versions that cannot be loaded are left out, and so are, on
   * `asOf`, versions withdrawn on or before it: the latest loaded version in force and not
   * withdrawn answers. A pinned version answers whatever its dates (withdrawn: it says so).
   * @throws RuleSetUnavailableError for a pinned version (or the only versions of `q.id`) stored but unloadable
   * @throws StoreUnreachableError for a pinned version (or an id) not here while the store cannot be read
   * @throws RuleSetNotFoundError for an unknown id, an unknown pinned version, or no version in force on `asOf`
   */
  resolve(q: Resolution): LoadedRuleSet {
    const candidates = this.sorted().filter((v) => v.ruleset.id === q.id);
    if (q.version !== undefined) {
      const pinned = candidates.find((v) => v.ruleset.version === q.version);
      if (pinned) return pinned;
      const known = candidates.map((v) => v.ruleset.version).join(", ");
      this.missing(q, this.unavailableVersion(q.id, q.version),
        candidates.length ? `rule set "${q.id}" has no version "${q.version}" (versions: ${known})` : `no rule set "${q.id}"`);
    }
    if (candidates.length === 0) this.missing(q, this.unavailable.find((u) => u.id === q.id), `no rule set "${q.id}"`);
    const inForce = inForceOn(candidates.filter((v) => !withdrawnOn(v, q.asOf)), q.asOf, (v) => v.ruleset);
    if (!inForce) {
      const earliest = candidates.map((v) => v.ruleset.effectiveFrom).sort()[0];
      const withdrawn = candidates.filter((v) => withdrawnOn(v, q.asOf)).map((v) => v.ruleset.version);
      throw new RuleSetNotFoundError(`no version of rule set "${q.id}" is in force on ${q.asOf} (the earliest takes effect on ${earliest}${withdrawn.length ? `; withdrawn by then: ${withdrawn.join(", ")}` : ""})`);
    }
    return inForce;
  }

  /**
   * The version a draft replaces: the one of its rule set that would answer on the draft's
   * `effectiveFrom` if the draft did not exist (a version of the draft's number, published or
   * bundled, is left out, and so is a version withdrawn by that day). What a draft's impact and
   * diff are measured against.
   * @param draft the draft's id, version and effectiveFrom
   * @returns undefined when no version would answer that day (the draft starts a rule set, or takes effect before its first version)
   */
  replacedBy(draft: VersionInfo): LoadedRuleSet | undefined {
    return replacedVersion(draft, this.versions.filter((v) => !withdrawnOn(v, draft.effectiveFrom)), (v) => v.ruleset);
  }

  /** Why nothing answers `q` here: stored but unloadable (`broken`), the store unread, or not there at all. */
  private missing(q: Resolution, broken: UnavailableVersion | undefined, notFound: string): never {
    if (broken) throw new RuleSetUnavailableError(broken);
    if (!this.storeReachable) {
      throw new StoreUnreachableError(`the published versions cannot be read just now, so ${q.id} ${q.version ?? `in force on ${q.asOf}`} cannot be looked up; the bundled versions still answer`);
    }
    throw new RuleSetNotFoundError(notFound);
  }

  /** The versions by number, sorted once: a catalog never changes (with… answers a new one), and resolve() runs on every request. */
  private ordered?: readonly LoadedRuleSet[];
  private sorted(): readonly LoadedRuleSet[] {
    return (this.ordered ??= [...this.versions].sort((a, b) => compareVersions(a.ruleset.version, b.ruleset.version)));
  }
}
