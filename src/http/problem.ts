/**
 * RFC 9457 problem details (`application/problem+json`), the one shape of every error the
 * API returns (DESIGN.md "Errors and limits"). Validation problems carry `errors[]` with an
 * RFC 6901 JSON pointer into the request body and a message a person can act on.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";
import { readableIssues } from "../profile/index.js";

/** One field error: where (RFC 6901 pointer into the body, or the query `parameter`) and what to do about it. */
export interface FieldError { pointer: string; parameter?: string; message: string; }

/** The problem document. */
export interface Problem {
  /** URI reference naming the kind of problem, e.g. `/problems/invalid-request` */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** the request id (also in the `X-Request-Id` header) */
  requestId?: string;
  errors?: FieldError[];
}

/** RFC 6901: `~` → `~0`, `/` → `~1`, segments joined with `/`. */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** At most this many field errors are listed; the rest are counted. */
export const MAX_FIELD_ERRORS = 50;

/**
 * zod issues → field errors; an unknown key gets its own pointer and a spelling hint; a
 * failed union reports its closest branch. `more` (errors found by other checks) follow, but
 * not at a pointer the schema already reports. Past `MAX_FIELD_ERRORS`, a last entry counts the rest.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], more: readonly FieldError[] = []): FieldError[] {
  const schema = listErrors(issues);
  const taken = new Set(schema.map((e) => e.pointer));
  const all = [...schema, ...more.filter((e) => !taken.has(e.pointer))];
  if (all.length <= MAX_FIELD_ERRORS) return all;
  return [...all.slice(0, MAX_FIELD_ERRORS), { pointer: "", message: `${all.length - MAX_FIELD_ERRORS} more errors not listed: fix these first` }];
}

function listErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return readableIssues(issues).flatMap((issue): FieldError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        pointer: pointer([...issue.path, key]),
        message: `unknown field "${key.length > 60 ? key.slice(0, 60) + "…" : key}": check its spelling against the documented field names`,
      }));
    }
    return [{ pointer: pointer(issue.path), message: issue.message }];
  });
}

/**
 * A problem raised by a route handler; the app's error handler answers it as problem+json.
 * (Handlers throw it so that their typed responses stay the success ones.)
 */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

/**
 * Responds with a problem document.
 * @param c the Hono context (its `requestId` variable is echoed when set)
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  slug: string,
  title: string,
  detail: string,
  errors?: FieldError[],
): Response {
  return c.body(JSON.stringify(problemBody(c, status, slug, title, detail, errors)), status, { "Content-Type": "application/problem+json" });
}

/** The problem document itself (for a response, or an entry of a batch answer). */
export function problemBody(c: Context, status: number, slug: string, title: string, detail: string, errors?: FieldError[]): Problem {
  return { type: `/problems/${slug}`, title, status, detail, requestId: c.get("requestId") as string | undefined, ...(errors ? { errors } : {}) };
}
