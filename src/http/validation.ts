/**
 * The answer to a request the schemas refuse (400 problem+json), and the problems of its
 * profile against the evaluation date, so that one answer lists every problem: the schema's
 * and a registration, fiscal year or certificate after `asOf` together, never one round after
 * the other.
 */
import type { Context } from "hono";
import type * as z from "zod";
import { datedIssues, IsoDate } from "../profile/index.js";
import { type FieldError, fieldErrors, problem } from "./problem.js";

/** What a zod validator hands its hook on failure. */
export interface RefusedInput {
  target: string;
  error: { issues: readonly z.core.$ZodIssue[] };
}

/**
 * The date problems of a refused body that carries a profile (`POST /v1/match`:
 * `{ profile, asOf? }`), so that they come in the same answer as the schema's.
 * @param result the validator's failure (@hono/zod-validator also hands it the input as `data`)
 * @param today today in Asia/Shanghai, ISO (the default asOf)
 */
export function refusedProfileDates(result: RefusedInput, today: () => string): FieldError[] {
  const body = result.target === "json" ? (result as { data?: unknown }).data : undefined;
  if (body === null || typeof body !== "object" || !("profile" in body)) return [];
  const { profile, asOf } = body as { profile: unknown; asOf?: unknown };
  return datedFieldErrors(profile, asOf, today, ["profile"]);
}

/**
 * @param c the context; @param result the validator's failure
 * @param more errors found beside the schema's (for a body: pointers into it); where the schema
 *        already reports a pointer, its message is kept
 * @returns 400 problem+json: body fields by pointer, query or path parameters by name
 */
export function invalidRequest(c: Context, result: RefusedInput, more: readonly FieldError[] = []): Response {
  const errors = fieldErrors(result.error.issues, more);
  if (result.target !== "json") {
    // not in the body: name the parameter instead of a body pointer
    return problem(c, 400, "invalid-request", "Invalid request", `invalid ${result.target} parameters: see errors[]`,
      errors.map((e) => ({ pointer: "", parameter: e.pointer.slice(1), message: e.message })));
  }
  return problem(c, 400, "invalid-request", "Invalid request", "some fields are missing or invalid: see errors[]", errors);
}

/**
 * The problems of a profile, valid or not, against the evaluation date, as field errors.
 * @param profile the profile as received; @param asOf the request's `asOf` as received
 *        (undefined: today; not a date: none, the schema reports it)
 * @param today today in Asia/Shanghai, ISO; @param at the profile's path in the body, e.g. ["profile"]
 */
export function datedFieldErrors(profile: unknown, asOf: unknown, today: () => string, at: readonly (string | number)[]): FieldError[] {
  const date = asOf === undefined ? today() : IsoDate.safeParse(asOf).success ? (asOf as string) : undefined;
  if (date === undefined) return [];
  return datedIssues(profile, date, at);
}
