/**
 * The state machine of a draft through the API, exhaustively (issue 14, "no path around
 * review"): every state × every action × every role, each either allowed — the draft then in the
 * state the issue names — or refused with its status and problem, the draft unchanged. The
 * expected outcomes are written out here from the issue, not taken from src/review/machine.ts.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/profile/dates.js";
import { draftBody, ID, staff, testApp } from "../support/review.js";

const app = testApp();

const s = staff((path, init) => app.request(path, init, env));

const STATES = ["draft", "proposed", "approved", "rejected", "published", "withdrawn"] as const;
const ROLES = ["author", "reviewer", "admin"] as const;
type State = (typeof STATES)[number];
type Role = (typeof ROLES)[number];

/** Who may do what (the lead's design decision 1) and where each allowed action leads (the issue). */
const RULES: Record<string, { roles: Role[]; from: Partial<Record<State, State>> }> = {
  save: { roles: ["author", "admin"], from: { draft: "draft", proposed: "draft", approved: "draft", rejected: "draft" } },
  propose: { roles: ["author", "admin"], from: { draft: "proposed", rejected: "proposed" } },
  approve: { roles: ["reviewer", "admin"], from: { proposed: "approved" } },
  reject: { roles: ["reviewer", "admin"], from: { proposed: "rejected", approved: "rejected" } },
  "withdraw-proposal": { roles: ["author", "admin"], from: { proposed: "draft", approved: "draft" } },
  publish: { roles: ["author", "admin"], from: { approved: "published" } },
  withdraw: { roles: ["admin"], from: { published: "withdrawn" } },
};

let n = 0;
/** A new version number and date, later than all before (so lint finds no clash between them). */
function fresh(): { v: string; from: string } {
  n++;
  return { v: `2040.${n}.0`, from: addDays("2040-01-01", n) };
}

/** The request of `action` on version `v` by `role`. */
function act(role: Role, action: string, v: string, from: string): Promise<Response> {
  switch (action) {
    case "save": return s.save(role, v, draftBody(v, from, { ruleset: { ...draftBody(v, from).ruleset, changelog: [{ "zh-CN": "改", en: "changed" }] } }));
    case "reject": return s.step(role, v, "reject", { reason: "not yet" });
    case "withdraw": return s.call(role, "POST", `/v1/rulesets/${ID}/versions/${v}/withdrawal`, { reason: "superseded" });
    default: return s.step(role, v, action);
  }
}

const stateOf = async (v: string) => ((await (await s.call("reviewer2", "GET", s.draft(v))).json()) as { state: string }).state;

/** One draft per state, for the refused actions (which must leave it as it was). */
const shared: Partial<Record<State, { v: string; from: string }>> = {};
async function sharedIn(state: State) {
  if (!shared[state]) {
    const f = fresh();
    await s.to(state, f.v, f.from);
    shared[state] = f;
  }
  return shared[state]!;
}

const combos = STATES.flatMap((state) => Object.keys(RULES).flatMap((action) => ROLES.map((role) => [state, action, role] as const)));

describe("every state × action × role", () => {
  it.each(combos)("%s, %s by %s", async (state, action, role) => {
    const rule = RULES[action]!;
    const to = rule.from[state];
    if (rule.roles.includes(role) && to) {
      const f = fresh();
      await s.to(state, f.v, f.from);
      const res = await act(role, action, f.v, f.from);
      expect(res.status, await res.clone().text()).toBe(action === "publish" || action === "withdraw" ? 201 : 200);
      expect(await stateOf(f.v)).toBe(to);
      return;
    }
    const { v, from } = await sharedIn(state);
    const res = await act(role, action, v, from);
    const problem = (await res.json()) as { type: string; detail: string };
    if (!rule.roles.includes(role)) {
      expect([res.status, problem.type]).toEqual([403, "/problems/role-forbidden"]);
      expect(problem.detail).toContain(`the ${role} role may not`);
    } else if (action === "withdraw") {
      // only a version that exists can be withdrawn; a withdrawn one is withdrawn once
      expect([res.status, problem.type]).toEqual(state === "withdrawn" ? [409, "/problems/already-withdrawn"] : [404, "/problems/version-not-found"]);
    } else {
      expect([res.status, problem.type]).toEqual([409, "/problems/wrong-state"]);
    }
    expect(await stateOf(v)).toBe(state);
  });
});

describe("nobody approves a draft they proposed or last changed, whatever their role", () => {
  it("an admin who proposed it: 403 own-draft; another admin-role officer or a reviewer may", async () => {
    const { v, from } = fresh();
    await s.save("admin", v, draftBody(v, from));
    expect((await s.step("admin", v, "propose")).status).toBe(200);
    const own = await s.step("admin", v, "approve");
    expect([own.status, ((await own.json()) as { type: string }).type]).toEqual([403, "/problems/own-draft"]);
    expect(await stateOf(v)).toBe("proposed");
    expect((await s.step("legacy", v, "approve")).status).toBe(200); // test-officer, a plain-string token: an admin
  });

  it("an admin who last changed it, proposed by an author: 403 own-draft", async () => {
    const { v, from } = fresh();
    await s.save("author", v, draftBody(v, from));
    await s.save("admin", v, { ...draftBody(v, from), reason: null, cases: [...draftBody(v, from).cases, ...draftBody(v, from).cases] });
    expect((await s.step("author2", v, "propose")).status).toBe(200);
    const own = await s.step("admin", v, "approve");
    expect([own.status, ((await own.json()) as { detail: string }).detail]).toEqual([403, "admin-zhou last changed this draft: another officer approves it"]);
    expect((await s.step("reviewer", v, "approve")).status).toBe(200);
  });

  it("any change after proposal sends it back to draft and voids the approval; saving the same content changes nothing", async () => {
    const { v, from } = fresh();
    await s.to("approved", v, from);
    const same = await s.save("author", v, draftBody(v, from));
    expect([same.status, ((await same.json()) as { state: string }).state]).toEqual([200, "approved"]);
    const changed = await s.save("author2", v, draftBody(v, from, { ruleset: { ...draftBody(v, from).ruleset, title: { "zh-CN": "改", en: "changed" } } }));
    expect(((await changed.json()) as { state: string; approvedBy: string | null; proposedBy: string | null; revision: number }))
      .toMatchObject({ state: "draft", approvedBy: null, proposedBy: null, revision: 2 });
    expect((await s.step("author", v, "publish")).status).toBe(409);
  });
});
