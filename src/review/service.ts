/**
 * The path to live (docs/staff.md): saving a draft, proposing it, approving or rejecting it,
 * withdrawing a proposal, publishing an approved draft, withdrawing a version. The one
 * implementation of every action, which the API routes and the console's buttons both call;
 * a refusal is a ReviewError with the status and problem the HTTP layer answers. A refused
 * action changes nothing.
 */
import { type Catalog, RuleSetNotFoundError } from "../ruleset/catalog.js";
import { canonicalHash } from "../ruleset/hash.js";
import { compareVersions } from "../ruleset/version.js";
import { checkDraft } from "./check.js";
import type { Draft, DraftContent, DraftFinding } from "./draft.js";
import { type Act, DraftStore } from "./draft-store.js";
import { decide, type DraftState } from "./machine.js";
import type { Action } from "./roles.js";

/** A refused action: the HTTP status, problem slug and title, a sentence to act on, field errors. */
export class ReviewError extends Error {
  override name = "ReviewError";
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 503,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly errors?: { pointer: string; message: string }[],
  ) {
    super(detail);
  }
}

/** What every action needs: the store, the versions that exist, today (ISO, Asia/Shanghai), who acts and when. */
export interface ReviewDeps {
  db: D1Database;
  catalog: Catalog;
  today: string;
  act: Act;
}

/** The review steps taken on a draft by `review()`. */
export type ReviewAction = Extract<Action, "propose" | "approve" | "reject" | "withdraw-proposal">;

/** The 409 of a number that exists: bundled, published, or stored but unloadable (never overwritten). */
function exists(catalog: Catalog, id: string, version: string): ReviewError | undefined {
  const broken = catalog.unavailableVersion(id, version);
  if (!broken && !catalog.has(id, version)) return undefined;
  return new ReviewError(409, "version-exists", "Version exists", broken
    ? `${id} ${broken.version} is stored already, though it cannot be loaded (${broken.reason}); a stored version is never overwritten: publish a new version number, and ask the operators to repair or remove the stored one`
    : `${id} ${version} exists already and is never overwritten: save the draft under a new version number`);
}

const moved = () => new ReviewError(409, "draft-moved", "The draft changed meanwhile", "another officer changed this draft just now: read it again and decide on what it is now");
const notFound = (id: string, version: string) => new ReviewError(404, "draft-not-found", "Draft not found", `there is no draft of ${id} ${version}: PUT /v1/rulesets/${id}/drafts/${version} makes one`);
const notReady = (action: string, errors: DraftFinding[]) => new ReviewError(422, "draft-not-ready", "The draft does not pass",
  `${errors.length} error${errors.length === 1 ? "" : "s"} stop${errors.length === 1 ? "s" : ""} it being ${action}: see errors[] (lint, cases, its date)`,
  errors.map((e) => ({ pointer: e.pointer, message: e.message })));

/** The draft, or a 404. */
async function draftOf(deps: ReviewDeps, id: string, version: string): Promise<Draft> {
  const d = await new DraftStore(deps.db).get(id, version);
  if (!d) throw notFound(id, version);
  return d;
}

/** Raises the machine's refusal of `action` on a draft in `state`. */
function allow(state: DraftState | undefined, action: Action, deps: ReviewDeps, d?: Draft): DraftState {
  const outcome = decide(state, action, { officer: deps.act.officer, proposedBy: d?.proposedBy ?? null, updatedBy: d?.updatedBy ?? deps.act.officer.label });
  if ("to" in outcome) return outcome.to;
  throw new ReviewError(outcome.status, outcome.slug, outcome.title, outcome.detail);
}

const sameContent = (d: Draft, c: DraftContent) =>
  d.hash === canonicalHash(c.ruleset) && JSON.stringify(d.cases) === JSON.stringify(c.cases) && d.retroactive === c.retroactive && (d.reason ?? null) === (c.reason ?? null);

/**
 * Creates or replaces a draft (`save`): checked (findings stored, errors allowed), back to
 * `draft` with its proposal and approval voided. Saving what is there already changes nothing.
 * @throws ReviewError 403 (role), 409 (published, withdrawn, or changed meanwhile), 422 (the
 *         rule set's id or version differ from the path)
 */
export async function saveDraft(deps: ReviewDeps, id: string, version: string, content: DraftContent): Promise<{ draft: Draft; created: boolean; changed: boolean }> {
  const store = new DraftStore(deps.db);
  const existing = await store.get(id, version);
  allow(existing?.state, "save", deps, existing);
  const mismatch = ([["id", id], ["version", version]] as const).filter(([k, v]) => content.ruleset[k] !== v);
  if (mismatch.length) {
    throw new ReviewError(422, "ruleset-invalid", "Rule set does not match the draft", "the path and the rule set name different rule sets or versions",
      mismatch.map(([k, v]) => ({ pointer: `/ruleset/${k}`, message: `the path says "${v}", the rule set says ${JSON.stringify(content.ruleset[k])}` })));
  }
  if (existing && sameContent(existing, content)) return { draft: existing, created: false, changed: false };
  const check = await checkDraft(content, id, version, deps);
  if (!(await store.save(id, version, content, { errors: check.errors, warnings: check.warnings }, deps.act, existing))) throw moved();
  return { draft: (await store.get(id, version))!, created: !existing, changed: true };
}

/**
 * A review step: `propose` (the draft must pass: lint, cases, date), `approve` (not by who
 * proposed or last changed it), `reject` (with a reason), `withdraw-proposal`.
 * @throws ReviewError 400 (a rejection without a reason), 403, 404, 409, 422 (does not pass)
 */
export async function review(deps: ReviewDeps, id: string, version: string, action: ReviewAction, reason?: string): Promise<Draft> {
  const d = await draftOf(deps, id, version);
  const to = allow(d.state, action, deps, d);
  const why = reason?.trim() ?? "";
  if (action === "reject" && !why) throw new ReviewError(400, "invalid-request", "Invalid request", "a rejection gives its reason: see errors[]", [{ pointer: "/reason", message: "say why the draft is rejected, so its author can act on it" }]);
  if (action === "propose") {
    const check = await checkDraft(d, id, version, deps);
    if (check.errors.length) throw notReady("proposed", check.errors);
  }
  const people = action === "propose" ? { proposedBy: deps.act.officer.label, approvedBy: null }
    : action === "approve" ? { approvedBy: deps.act.officer.label }
      : { proposedBy: null, approvedBy: null };
  const logged = action === "reject" ? why : action === "propose" && d.retroactive ? d.reason : null;
  const step = ({ propose: "proposed", approve: "approved", reject: "rejected", "withdraw-proposal": "proposal-withdrawn" } as const)[action];
  if (!(await new DraftStore(deps.db).move(d, to, step, deps.act, { reason: logged, ...people }))) throw moved();
  return (await new DraftStore(deps.db).get(id, version))!;
}

/**
 * Publishes the approved draft of a version: checked again (lint among the versions that exist
 * now, cases, today's date), then the version stored with its audit row, the draft `published`.
 * @param sent the hash of a rule set sent with the request (`PUT …/versions/{v}`): it must be the approved draft's
 * @throws ReviewError 403, 404 (no draft), 409 (not approved, no approved draft for a PUT,
 *         another body, the version exists, changed meanwhile), 422 (does not pass)
 */
export async function publishDraft(deps: ReviewDeps, id: string, version: string, sent?: { hash: string }): Promise<Draft> {
  const store = new DraftStore(deps.db);
  const d = await store.get(id, version);
  const taken = exists(deps.catalog, id, version);
  if (sent && (!d || d.state !== "approved")) {
    if (taken) throw taken;
    throw new ReviewError(409, "review-required", "Review required",
      `${id} ${version} has ${d ? `a draft that is ${d.state}, not approved` : "no draft"}: a version is published only after review — PUT /v1/rulesets/${id}/drafts/${version}, propose it, have another officer approve it, then publish (docs/staff.md)`);
  }
  if (!d) throw notFound(id, version);
  allow(d.state, "publish", deps, d);
  if (sent && sent.hash !== d.hash) {
    throw new ReviewError(409, "draft-mismatch", "Not the approved draft", `the rule set sent (${sent.hash}) is not the approved draft of ${id} ${version} (${d.hash}): publish exactly what was approved, or save the change as the draft and have it reviewed`);
  }
  if (taken) throw taken;
  const check = await checkDraft(d, id, version, deps);
  if (check.errors.length) throw notReady("published", check.errors);
  const detail = d.retroactive && d.effectiveFrom !== null && d.effectiveFrom < deps.today ? `retroactive from ${d.effectiveFrom}: ${d.reason}` : undefined;
  const outcome = await store.publish(d, deps.act, detail);
  if (outcome === "moved") throw moved();
  if (outcome === "conflict") throw new ReviewError(409, "version-exists", "Version exists", `${id} ${version} was published by another request just now`);
  return (await store.get(id, version))!;
}

/**
 * Withdraws a version (bundled or published) from a date, today or later: from then on it no
 * longer answers by date; pinned requests still get it, marked. Its draft, if any, becomes `withdrawn`.
 * @throws ReviewError 400 (a date before today), 403 (not admin), 404 (no such version), 409 (withdrawn already); the catalog's 503s
 */
export async function withdrawVersion(deps: ReviewDeps, id: string, version: string, from: string, reason: string): Promise<{ from: string; reason: string }> {
  allow("published", "withdraw", deps);
  let withdrawn;
  try {
    withdrawn = deps.catalog.resolve({ id, version, asOf: from }).withdrawn;
  } catch (e) {
    throw e instanceof RuleSetNotFoundError ? new ReviewError(404, "version-not-found", "Version not found", e.message) : e;
  }
  if (withdrawn) throw new ReviewError(409, "already-withdrawn", "Withdrawn already", `${id} ${version} was withdrawn from ${withdrawn.from} (${withdrawn.reason}); a withdrawal is not changed: publish a new version instead`);
  if (from < deps.today) {
    throw new ReviewError(400, "invalid-request", "Invalid request", "a version is withdrawn from today or a later date: see errors[]",
      [{ pointer: "/from", message: `${from} is before today (${deps.today}, Asia/Shanghai): the answers already given stand; withdraw it from today or later` }]);
  }
  const store = new DraftStore(deps.db);
  const draft = (await store.list(id)).find((x) => compareVersions(x.version, version) === 0);
  if (!(await store.withdraw(id, version, from, reason.trim(), deps.act, draft))) {
    throw new ReviewError(409, "already-withdrawn", "Withdrawn already", `${id} ${version} was withdrawn by another request just now`);
  }
  return { from, reason: reason.trim() };
}
