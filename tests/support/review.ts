/**
 * The path to live from a test: staff API calls by officer (tests/support/officers.ts), drafts
 * of the bundled 2025.2.0 renumbered, a passing case pinned to the draft, and a draft taken to
 * any state of its life.
 */
import { createApp } from "../../src/http/app.js";
import { BUNDLED_FILES } from "../../src/ruleset/bundled.js";
import { canonicalHash } from "../../src/ruleset/hash.js";
import { liveCatalog } from "../../src/ruleset/live-catalog.js";
import { OFFICERS, type OfficerKey } from "./officers.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

export const ID = "baotou-rare-earth-hi-tech-zone";

/** "Today" of the staff tests (Asia/Shanghai): fixed, so that their dates do not age. */
export const TODAY = "2026-06-30";

/** The Worker's app (bundled and published versions, D1) with today fixed at TODAY. */
export const testApp = (today = TODAY) => createApp({ catalog: liveCatalog, today: () => today });

/** Something that answers requests as `app.request` does (the app, with its bindings bound). */
export type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>;

/**
 * Writes a version straight into D1, as a service before these checks (or a hand edit) left it:
 * for tests of what the store holds. The service itself publishes only through review.
 */
export const storeRow = (db: D1Database, r: Json) =>
  db.prepare("INSERT INTO ruleset_versions (ruleset_id, version, effective_from, hash, body, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, 'by-hand')")
    .bind(r.id, r.version, r.effectiveFrom, canonicalHash(r), JSON.stringify(r), new Date().toISOString()).run();

/** A copy of 2025.2.0 as `version`, in force from `effectiveFrom`. */
export function rulesetOf(version: string, effectiveFrom: string): Json {
  return { ...structuredClone(BUNDLED_FILES.at(-1) as Json), version, effectiveFrom, changelog: [{ "zh-CN": "测试版本", en: "test version" }] };
}

/**
 * A case that passes under a copy of 2025.2.0 on `asOf`: an enterprise that says nothing of
 * itself is undetermined for HNTE recognition (every fact it needs is missing).
 */
export const passingCase = (asOf: string): Json => ({
  name: "an enterprise that gives no facts is undetermined for HNTE recognition",
  profile: {}, asOf, expect: { "hnte-recognition": { status: "undetermined" } },
  arithmetic: "国科发火〔2016〕32号 第十一条: every condition needs a fact the profile leaves out",
});

/** A draft body: the rule set, a passing case, and any of retroactive/reason. */
export const draftBody = (version: string, effectiveFrom: string, more: Json = {}): Json =>
  ({ ruleset: rulesetOf(version, effectiveFrom), cases: [passingCase(effectiveFrom)], ...more });

/** Staff calls as one officer or another. */
export function staff(fetcher: Fetcher) {
  const call = async (who: OfficerKey | null, method: string, path: string, body?: unknown): Promise<Response> => fetcher(path, {
    method,
    headers: { ...(who ? { Authorization: `Bearer ${OFFICERS[who].token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const draft = (v: string) => `/v1/rulesets/${ID}/drafts/${v}`;
  const expectOk = async (res: Response, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${await res.text()}`);
    return res;
  };
  return {
    call,
    draft,
    save: (who: OfficerKey, v: string, body: unknown) => call(who, "PUT", draft(v), body),
    step: (who: OfficerKey, v: string, action: string, body?: unknown) => call(who, "POST", `${draft(v)}/${action}`, body),
    /**
     * A rule set reviewed for publication: saved as a draft by an author with a passing case,
     * proposed, approved by a reviewer. Then `PUT …/versions/{v}` with it publishes it.
     */
    async approve(ruleset: Json): Promise<void> {
      const v = ruleset.version as string;
      await expectOk(await call("author", "PUT", draft(v), { ruleset, cases: [passingCase(ruleset.effectiveFrom)] }), "save");
      await expectOk(await call("author", "POST", `${draft(v)}/propose`), "propose");
      await expectOk(await call("reviewer", "POST", `${draft(v)}/approve`), "approve");
    },
    /** Takes a new draft of `v` to `state` (draft, proposed, approved, rejected, published, withdrawn) by the usual officers. */
    async to(state: string, v: string, effectiveFrom: string, more: Json = {}): Promise<void> {
      await expectOk(await call("author", "PUT", draft(v), draftBody(v, effectiveFrom, more)), "save");
      if (state === "draft") return;
      await expectOk(await call("author", "POST", `${draft(v)}/propose`), "propose");
      if (state === "proposed") return;
      if (state === "rejected") {
        await expectOk(await call("reviewer", "POST", `${draft(v)}/reject`, { reason: "the cap needs a source" }), "reject");
        return;
      }
      await expectOk(await call("reviewer", "POST", `${draft(v)}/approve`), "approve");
      if (state === "approved") return;
      await expectOk(await call("author", "POST", `${draft(v)}/publish`), "publish");
      if (state === "published") return;
      await expectOk(await call("admin", "POST", `/v1/rulesets/${ID}/versions/${v}/withdrawal`, { reason: "superseded" }), "withdraw");
    },
  };
}
