/**
 * The audit of publishing: every attempt that reaches the publish route is recorded in
 * `publish_audit` once it has been answered, whatever the answer — who (the token's label, once
 * admitted), what (the path's id and version, and the hash of the body once it parsed), the
 * status and its outcome (docs/publishing.md, "The audit"), the request id, and a detail. The
 * body itself is never stored, and a caller without a valid token never has it read.
 *
 * A created version is audited by the store in the same transaction as the version, so neither
 * exists without the other. When the audit row cannot be written (D1 failing), the attempt is
 * written to the Worker's log instead (`console.error`, visible in `wrangler tail`) and the
 * answer stands.
 */
import type { Context, MiddlewareHandler } from "hono";
import { type PublishAttempt, PublishedStore, type PublishOutcome } from "../../ruleset/store.js";
import type { AppEnv } from "../env.js";

/** Path values are stored as sent, up to this many characters. */
const MAX_PATH_VALUE = 200;
/** A detail is stored up to this many characters. */
const MAX_DETAIL = 500;

/** The outcome of a status (and, for a 400, of its problem type). */
export function outcomeOf(status: number, type: string | undefined): PublishOutcome {
  switch (status) {
    case 201: return "created";
    case 400: return type === "/problems/malformed-json" || type === "/problems/incomplete-body" ? "malformed" : "invalid";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 409: return "conflict";
    case 413: return "too-large";
    case 415: return "unsupported-media-type";
    case 503: return "unavailable";
    default: return status >= 500 ? "error" : "invalid";
  }
}

/** What the audit keeps of a problem answered. */
interface Answered { type?: string; detail?: string; errors?: { pointer: string; parameter?: string; message: string }[] }

/** The problem document answered, if it is one. */
async function answeredProblem(res: Response): Promise<Answered | undefined> {
  if (res.headers.get("Content-Type") !== "application/problem+json") return undefined;
  try {
    return (await res.clone().json()) as Answered;
  } catch {
    return undefined;
  }
}

/** The problem's detail and its first field errors: `detail — /pointer: message; …`. */
function problemDetail(p: Answered | undefined): string | undefined {
  const fields = (p?.errors ?? []).slice(0, 3).map((e) => `${e.parameter ?? e.pointer}: ${e.message}`);
  return fields.length ? `${p?.detail} — ${fields.join("; ")}` : p?.detail;
}

/** The attempt as answered. */
async function attemptOf(c: Context<AppEnv>): Promise<PublishAttempt> {
  const { id = "", version = "" } = c.req.param() as { id?: string; version?: string };
  const problem = await answeredProblem(c.res);
  // an unexpected error (500) is recorded as itself: the answer only says "internal error"
  const detail = c.res.status === 500 && c.error ? `${c.error.name}: ${c.error.message}` : problemDetail(problem);
  return {
    id: id.slice(0, MAX_PATH_VALUE), version: version.slice(0, MAX_PATH_VALUE),
    label: c.get("officer")?.label ?? null, hash: c.get("bodyHash") ?? null,
    outcome: outcomeOf(c.res.status, problem?.type), status: c.res.status, requestId: c.get("requestId"),
    ...(detail ? { detail: detail.slice(0, MAX_DETAIL) } : {}),
  };
}

/** The middleware: around every PUT of the publish route (mount it before anything else there). */
export const auditedPublish: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
  await next();
  if (c.res.status === 201) return; // audited with the version
  const attempt = await attemptOf(c);
  try {
    if (!c.env?.DB) throw new Error("no D1 binding DB");
    await new PublishedStore(c.env.DB).audit(attempt, new Date().toISOString());
  } catch (e) {
    console.error("publish attempt not audited (the audit could not be written):", JSON.stringify(attempt), e);
  }
};
