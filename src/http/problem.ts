/**
 * RFC 9457 problem details (`application/problem+json`), the one shape of every error the
 * API returns (DESIGN.md "Errors and limits"). Validation problems carry `errors[]` with an
 * RFC 6901 JSON pointer into the request body and a message a person can act on.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

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

/** zod issues → pointers and messages: in the profile layer, which register screening shares. */
export { fieldErrors, MAX_FIELD_ERRORS, pointer } from "../profile/issues.js";

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
