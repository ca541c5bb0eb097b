/**
 * Who may reach a dossier — the one place that decides it (docs/dossiers.md, "Access"):
 * - its **owner**, by the dossier's access token (`Authorization: Bearer pmd_…`, or the pages'
 *   cookie), compared as SHA-256 digests in constant time;
 * - **staff** whose role reaches dossiers (`concierge` or `admin`: src/review/roles.ts), by
 *   their token of the `ADMIN_TOKENS` secret (src/http/auth.ts). An author's or reviewer's token
 *   is, here, just a wrong token.
 * Anyone else is refused without learning whether the dossier exists: an unknown credit code,
 * a deleted dossier, a wrong token, another dossier's token and a rotated-out token all get
 * the same 404.
 */
import type { Context, MiddlewareHandler } from "hono";
import { DossierStore } from "../dossier/store.js";
import { tokenHash } from "../dossier/secret.js";
import { type Officer, reachesDossiers } from "../review/roles.js";
import type { Actor, Dossier } from "../dossier/types.js";
import { usccProblem } from "../profile/index.js";
import { authenticate, sameBytes } from "./auth.js";
import type { AppEnv, Bindings } from "./env.js";
import { ProblemError } from "./problem.js";

/**
 * The staff member calling with `authorization`, when their role reaches dossiers; else why not
 * (`role`: a staff token of another role, with its officer).
 */
export async function dossierStaff(authorization: string | undefined, env: Bindings | undefined): Promise<Officer | { refused: "role"; officer: Officer } | { refused: "missing" | "wrong" | "unconfigured" }> {
  const caller = await authenticate(authorization, env?.ADMIN_TOKENS);
  if ("label" in caller && !reachesDossiers(caller.role)) return { refused: "role", officer: caller };
  return caller;
}

/** The outcome of admission: the dossier and who reaches it, or why not. */
export type Admission = { dossier: Dossier; actor: Actor } | { refused: "not-found" };

const bytes = (hex: string) => new TextEncoder().encode(hex).buffer as ArrayBuffer;
/** Compared against when there is no dossier, so that an unknown code costs the time of a wrong token. */
const NO_HASH = "0".repeat(64);

/**
 * Admits a bearer of `token` to the dossier of `creditCode`.
 * @param db the D1 binding; @param env for `ADMIN_TOKENS`
 */
export async function admit(db: D1Database, env: Bindings | undefined, creditCode: string, token: string): Promise<Admission> {
  const store = new DossierStore(db);
  const staff = await dossierStaff(`Bearer ${token}`, env);
  const dossier = await store.byCode(creditCode);
  if ("label" in staff) return dossier ? { dossier, actor: `staff:${staff.label}` } : { refused: "not-found" };
  const equal = sameBytes(bytes(await tokenHash(token)), bytes(dossier?.tokenHash ?? NO_HASH));
  return dossier && equal ? { dossier, actor: "owner" } : { refused: "not-found" };
}

/** The 404 of every refusal of a caller that sent credentials (see the file comment). */
export const notFound = () => new ProblemError(404, "dossier-not-found", "Dossier not found",
  "no dossier of this credit code opens with the credentials sent: check the credit code and the access token");

/** The 401 of a request without credentials. */
export const unauthorized = (what: string) => new ProblemError(401, "unauthorized", "Unauthorized", `send Authorization: Bearer <${what}>`,
  undefined, { "WWW-Authenticate": 'Bearer realm="policy-match"' });

/** The bearer token of a request, or undefined. */
export const bearer = (c: Context<AppEnv>) => /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "")?.[1];

/** The D1 binding, or a 503 saying dossiers need it. */
export function dossierDb(c: Context<AppEnv>): D1Database {
  const db = c.env?.DB;
  if (!db) throw new ProblemError(503, "dossiers-unavailable", "Dossiers unavailable", "dossiers need the D1 binding DB (docs/operations.md, Deploy to Cloudflare)");
  return db;
}

/**
 * Middleware of `/v1/dossiers/{creditCode}/…`: 401 without a bearer token; 400 for a credit
 * code that fails GB 32100-2015; 404 unless admitted. Sets `dossier` and `actor`.
 */
export const dossierAccess: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearer(c);
  if (!token) throw unauthorized("the dossier's access token, or a staff token");
  const code = c.req.param("creditCode") ?? "";
  const problem = usccProblem(code);
  if (problem) throw new ProblemError(400, "invalid-request", "Invalid request", "the credit code in the path is not valid: see errors[]", [{ pointer: "", parameter: "creditCode", message: problem }]);
  const admitted = await admit(dossierDb(c), c.env, code, token);
  if ("refused" in admitted) throw notFound();
  c.set("dossier", admitted.dossier);
  c.set("actor", admitted.actor);
  await next();
};

/**
 * Middleware of the dossier routes for staff alone (the list of dossiers): 401 without a bearer
 * token, 403 with one that is not a staff token or whose role does not reach dossiers. Sets `actor`.
 */
export const staffOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caller = await dossierStaff(c.req.header("Authorization"), c.env);
  if ("label" in caller) {
    c.set("actor", `staff:${caller.label}`);
    return next();
  }
  if (caller.refused === "role") throw new ProblemError(403, "forbidden", "Forbidden", `dossiers are for the policy concierge: the token of ${caller.officer.label} has the role ${caller.officer.role}; a concierge or admin token reaches them (docs/staff.md, Roles)`);
  if (caller.refused === "wrong") throw new ProblemError(403, "forbidden", "Forbidden", "this route is for staff: the bearer token is not one of ADMIN_TOKENS");
  throw unauthorized(caller.refused === "unconfigured" ? "a staff token (ADMIN_TOKENS is not configured)" : "a staff token");
};
