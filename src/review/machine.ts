/**
 * The life of a draft (docs/staff.md, "From draft to live"): `draft` → `proposed` → `approved`
 * → `published` → `withdrawn`; `proposed` or `approved` → `rejected` (with a reason), which is
 * edited (back to `draft`) or proposed again; a proposal can be withdrawn (back to `draft`);
 * any change of content before publication sends the draft back to `draft` and voids its
 * proposal and approval. Published versions never change. Pure: who may act (roles.ts), in
 * which state, and the rule that nobody approves a draft they proposed or last changed.
 * What a draft must pass to be proposed or published (lint, cases, its date) is check.ts's.
 */
import { type Action, may, type Role, rolesFor } from "./roles.js";

/** The states of a draft, in the order of its life. */
export const STATES = ["draft", "proposed", "approved", "rejected", "published", "withdrawn"] as const;
export type DraftState = (typeof STATES)[number];

/** From which states each action leads, and to which. `save` of a draft that does not exist yet makes one. */
const MOVES: Readonly<Record<Action, Partial<Record<DraftState, DraftState>>>> = {
  save: { draft: "draft", proposed: "draft", approved: "draft", rejected: "draft" },
  propose: { draft: "proposed", rejected: "proposed" },
  approve: { proposed: "approved" },
  reject: { proposed: "rejected", approved: "rejected" },
  "withdraw-proposal": { proposed: "draft", approved: "draft" },
  publish: { approved: "published" },
  withdraw: { published: "withdrawn" },
};

/** Why an action is refused: the HTTP status, the problem's slug and title, a sentence to act on. */
export interface Refusal {
  status: 403 | 409;
  slug: "role-forbidden" | "wrong-state" | "own-draft";
  title: string;
  detail: string;
}

/** Who acts, and who made the draft what it is. */
export interface Actors {
  officer: { label: string; role: Role };
  /** who proposed it (null when it has not been proposed since its last change) */
  proposedBy: string | null;
  /** who last changed its content */
  updatedBy: string;
}

/** The states `action` may start from. */
export const statesFor = (action: Action): DraftState[] => STATES.filter((s) => MOVES[action][s] !== undefined);

/**
 * The outcome of `action` on a draft in `state` (undefined: no draft yet).
 * @returns the state it leads to, or the refusal — checked in this order: the role (403
 *          `role-forbidden`), the state (409 `wrong-state`), then for `approve` the officer
 *          being the one who proposed or last changed it (403 `own-draft`)
 */
export function decide(state: DraftState | undefined, action: Action, who: Actors): { to: DraftState } | Refusal {
  const { label, role } = who.officer;
  if (!may(role, action)) {
    return { status: 403, slug: "role-forbidden", title: "Not allowed for this role", detail: `the ${role} role may not ${action.replace("-", " a ")}: ${rolesFor(action).join(" or ")} may` };
  }
  const to = state === undefined ? (action === "save" ? "draft" : undefined) : MOVES[action][state];
  if (to === undefined) {
    const from = statesFor(action);
    const now = state === undefined ? "not there" : state;
    const why = state === "published" || state === "withdrawn"
      ? `: a published version never changes — save a draft with a new version number`
      : "";
    return { status: 409, slug: "wrong-state", title: "Not possible in this state", detail: `the draft is ${now}; ${action.replace("-", " a ")} needs one that is ${from.join(" or ")}${why}` };
  }
  if (action === "approve" && (label === who.proposedBy || label === who.updatedBy)) {
    return { status: 403, slug: "own-draft", title: "Not your own draft", detail: `${label} ${label === who.updatedBy ? "last changed" : "proposed"} this draft: another officer approves it` };
  }
  return { to };
}
