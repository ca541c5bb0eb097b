/**
 * zod issues as a person can act on them. A union that fails (a rule condition that is
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
