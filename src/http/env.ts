/** The Hono environment of the app: Worker bindings and per-request variables. */
import type { RequestIdVariables } from "hono/request-id";
import type { Actor, Dossier } from "../dossier/types.js";
import type { Officer } from "../review/roles.js";
import type { Bindings } from "../worker-env.js";

export type { AppDeps, Bindings } from "../worker-env.js";

/**
 * Per-request variables: the request id; on a staff route the admitted officer (bearer token or
 * console session); on a publication the body's hash (for the audit); on a dossier route the
 * dossier and who was admitted to it (src/http/dossier-access.ts).
 */
export type AppEnv = { Bindings: Bindings; Variables: RequestIdVariables & { officer?: Officer; bodyHash?: string; dossier?: Dossier; actor?: Actor } };
