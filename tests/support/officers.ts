/**
 * The staff tokens of the worker and browser tests (test fixtures, not secrets): one per role,
 * a second author and reviewer, and `test-officer`, a plain string (the format before roles:
 * an admin).
 */
export const OFFICERS = {
  author: { label: "author-wang", token: "test-author-0123456789abcdef", role: "author" },
  author2: { label: "author-li", token: "test-author2-0123456789abcdef", role: "author" },
  reviewer: { label: "reviewer-zhao", token: "test-reviewer-0123456789abcdef", role: "reviewer" },
  reviewer2: { label: "reviewer-sun", token: "test-reviewer2-0123456789abcdef", role: "reviewer" },
  concierge: { label: "concierge-qian", token: "test-concierge-0123456789abcdef", role: "concierge" },
  admin: { label: "admin-zhou", token: "test-admin-0123456789abcdef", role: "admin" },
  legacy: { label: "test-officer", token: "test-token-0123456789abcdef", role: "admin" },
} as const;

export type OfficerKey = keyof typeof OFFICERS;

/** The `ADMIN_TOKENS` secret of the tests. */
export const TEST_ADMIN_TOKENS = JSON.stringify(Object.fromEntries(Object.values(OFFICERS).map((o) =>
  [o.label, o.label === "test-officer" ? o.token : { token: o.token, role: o.role }])));
