/**
 * The body gate of the routes that take JSON (POST and PUT): a body over the route's limit is
 * refused (413), one that is not UTF-8 is refused (415) — decoding it leniently would turn bad
 * bytes into U+FFFD and change what the enterprise sent without telling anyone — and the
 * decoded text is handed to the validators, so the body is read and decoded once.
 *
 * A declared Content-Length is checked before anything is read and the body is then read in
 * one piece (`arrayBuffer`); only a body without one (chunked) is counted as it streams in, by
 * hono's bodyLimit. Reading `Request.body` as a stream for every request, as bodyLimit does,
 * costs under @hono/node-server a whole web Request per call (docs/speed.md).
 *
 * JSON nested past MAX_JSON_DEPTH (128 levels) is refused (400) here, before any schema or
 * walk of ours could recurse into it and overflow the stack: a scan of the text counts the
 * nesting of every body; only a body past the limit is parsed, to point at where.
 */
import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_JSON_DEPTH, textDepth, tooDeep } from "../profile/index.js";
import type { AppEnv } from "./env.js";
import { pointer, problem } from "./problem.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Options of the gate. */
export interface JsonBodyOptions {
  /** the route's limit in bytes (DESIGN.md "Errors and limits") */
  maxSize: number;
  /** the 413 answer */
  onTooLarge: (c: Context<AppEnv>) => Response | Promise<Response>;
}

/** Reads the body, refuses it unless UTF-8, and caches the text where `c.req.json()` reads it. */
async function decoded(c: Context<AppEnv>, next: Next): Promise<void> {
  let text: string;
  try {
    text = strict.decode(await c.req.arrayBuffer());
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    c.res = problem(c, 415, "unsupported-media-type", "Body is not UTF-8", "the body contains bytes that are not UTF-8: send the JSON encoded as UTF-8");
    return;
  }
  const deep = tooDeepBody(c, text);
  if (deep) {
    c.res = deep;
    return;
  }
  // hono keeps body promises by kind; `json()` parses the cached "text" (its type says string)
  c.req.bodyCache.text = Promise.resolve(text) as unknown as string;
  await next();
}

/** The 400 for JSON text nested past MAX_JSON_DEPTH, or undefined (within it, or not JSON: the validator answers that). */
function tooDeepBody(c: Context<AppEnv>, text: string): Response | undefined {
  if (textDepth(text) <= MAX_JSON_DEPTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text); // V8's parser is iterative: any depth parses
  } catch {
    return undefined;
  }
  const deep = tooDeep(value);
  if (!deep) return undefined;
  return problem(c, 400, "nesting-too-deep", "JSON nested too deeply",
    `the body nests arrays and objects ${deep.depth.toLocaleString("en-US")} levels deep; at most ${MAX_JSON_DEPTH} are accepted (a rule set's conditions: docs/rules.md "Limits")`,
    [{ pointer: pointer(deep.path), message: `nested past ${MAX_JSON_DEPTH} levels here` }]);
}

/**
 * @param opts.maxSize bytes; @param opts.onTooLarge the 413 answer
 * @returns the middleware: 413 (`onTooLarge`) past the limit, 415 problem+json for a body that
 *          is not UTF-8; requests other than POST and PUT pass untouched
 */
export function jsonBody({ maxSize, onTooLarge }: JsonBodyOptions): MiddlewareHandler<AppEnv> {
  const streamed = bodyLimit({ maxSize, onError: onTooLarge });
  return async (c, next) => {
    if (c.req.method !== "POST" && c.req.method !== "PUT") return next();
    const declared = c.req.header("Content-Length");
    if (declared === undefined || c.req.header("Transfer-Encoding") !== undefined) return streamed(c, () => decoded(c, next));
    if (Number(declared) > maxSize) return onTooLarge(c);
    return decoded(c, next);
  };
}
