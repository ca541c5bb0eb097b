/**
 * The officers' roles (`ADMIN_TOKENS`, src/http/auth.ts) and what each may do to a draft or a
 * version (docs/staff.md, "Roles"):
 * - `author`: create and replace drafts, propose, withdraw a proposal, publish an approved draft;
 * - `reviewer`: approve or reject a proposed draft (with a reason);
 * - `concierge`: the policy concierge (政策管家) of issue 15: reads and keeps the firms'
 *   dossiers (profile versions, decisions, support received, a new access token for a firm that
 *   lost its own), and nothing of the rule sets;
 * - `admin`: everything, including withdrawing a published version.
 * Whatever the role, nobody approves a draft they proposed or last changed (machine.ts).
 * Authors and reviewers work on the rules, not on firms' data: they do not reach dossiers
 * (docs/dossiers.md, "Access"; PIPL's minimum necessary access).
 */

/** The roles, in the order the console lists them. */
export const ROLES = ["author", "reviewer", "concierge", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** An officer admitted by a token: its label (the person, as the audit names them) and role. */
export interface Officer {
  label: string;
  role: Role;
}

/** `true` for one of ROLES. */
export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

/**
 * What an officer does: `save` (create or replace a draft), `propose`, `approve`, `reject`,
 * `withdraw-proposal` (back to draft), `publish` (an approved draft), `withdraw` (a published
 * or bundled version, from a date).
 */
export const ACTIONS = ["save", "propose", "approve", "reject", "withdraw-proposal", "publish", "withdraw"] as const;
export type Action = (typeof ACTIONS)[number];

const MAY: Readonly<Record<Role, readonly Action[]>> = {
  author: ["save", "propose", "withdraw-proposal", "publish"],
  reviewer: ["approve", "reject"],
  concierge: [],
  admin: ACTIONS,
};

/** `true` when `role` may do `action` (the draft's state and authorship are machine.ts's). */
export const may = (role: Role, action: Action): boolean => MAY[role].includes(action);

/** The roles that may do `action`. */
export const rolesFor = (action: Action): Role[] => ROLES.filter((r) => may(r, action));

/** The roles that reach firms' dossiers (src/http/dossier-access.ts). */
export const DOSSIER_ROLES: readonly Role[] = ["concierge", "admin"];

/** `true` when `role` reaches firms' dossiers. */
export const reachesDossiers = (role: Role): boolean => DOSSIER_ROLES.includes(role);
