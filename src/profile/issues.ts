/**
 * zod issues as a person can act on them: RFC 6901 pointers and messages (the `errors[]` of a
 * problem document, the errors of a screened register row). A union that fails (a rule condition that is
 * neither `all`, `any`, `not` nor a valid leaf) reports, instead of "Invalid input", the
 * issues of the branch that came closest: the one whose problems lie deepest in the value.
 */
import type * as z from "zod";

type Issue = z.core.$ZodIssue;

const depth = (issues: readonly Issue[]) => Math.min(...issues.map((i) => i.path.length));

/**
 * Replaces every failed union by the issues of its closest branch, with full paths.
 * @returns issues with paths from the root of the validated value
 */
export function readableIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [{ ...issue, path } as Issue];
    const best = [...issue.errors]
      .filter((branch) => branch.length > 0)
      .sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
    return best ? readableIssues(best, path) : [{ ...issue, path } as Issue];
  });
}

/** One problem of a value: where (RFC 6901 pointer from its root) and what to do about it. */
export interface IssueAt { pointer: string; message: string; }

/** RFC 6901: `~` → `~0`, `/` → `~1`, segments joined with `/`. */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** At most this many field errors are listed; the rest are counted. */
export const MAX_FIELD_ERRORS = 50;

/**
 * zod issues → field errors; an unknown key gets its own pointer and a spelling hint; a
 * failed union reports its closest branch. `more` (errors found by other checks, e.g. a date
 * after asOf) follow, but not at a pointer the schema already reports. Past
 * `MAX_FIELD_ERRORS`, a last entry counts the rest.
 */
export function fieldErrors(issues: readonly Issue[], more: readonly IssueAt[] = []): IssueAt[] {
  const schema = listErrors(issues);
  const taken = new Set(schema.map((e) => e.pointer));
  const all = [...schema, ...more.filter((e) => !taken.has(e.pointer))];
  if (all.length <= MAX_FIELD_ERRORS) return all;
  return [...all.slice(0, MAX_FIELD_ERRORS), { pointer: "", message: `${all.length - MAX_FIELD_ERRORS} more errors not listed: fix these first` }];
}

function listErrors(issues: readonly Issue[]): IssueAt[] {
  return readableIssues(issues).flatMap((issue): IssueAt[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        pointer: pointer([...issue.path, key]),
        message: `unknown field "${key.length > 60 ? key.slice(0, 60) + "…" : key}": check its spelling against the documented field names`,
      }));
    }
    return [{ pointer: pointer(issue.path), message: issue.message }];
  });
}
