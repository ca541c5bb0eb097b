/**
 * What the Worker may write to its logs about a failure: the request id, the error's name and
 * where it was thrown — never its message, which may quote what was sent (V8's JSON errors
 * quote the text; a database error may quote a value), and never a body, a profile or a token.
 * docs/dossiers.md, "Privacy"; tests/worker/privacy.test.ts watches the console.
 */

/** An error as it may be logged: `TypeError | at f (src/x.ts:1:2) | …` (five frames at most). */
export function errorTrace(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const frames = (err.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 5).map((l) => l.trim());
  return [err.name, ...frames].join(" | ");
}
