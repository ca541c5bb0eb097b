/**
 * The body gate of the API's JSON routes (body-gate.ts), answering its refusals as
 * problem+json: 413 over the route's limit, 415 compressed, in another charset, or not UTF-8,
 * 400 a body that could not be read to its end.
 *
 * JSON nested past MAX_JSON_DEPTH (128 levels) is refused (400) here too, before any schema or
 * walk of ours could recurse into it and overflow the stack: a scan of the text counts the
 * nesting of every body; only a body past the limit is parsed, to point at where.
 */
import type { Context, MiddlewareHandler } from "hono";
import { MAX_JSON_DEPTH, textDepth, tooDeep } from "../profile/index.js";
import { type BodyRefusal, bodyGate } from "./body-gate.js";
import type { AppEnv } from "./env.js";
import { pointer, problem } from "./problem.js";

/** The problem of a refusal: slug, title, detail. */
function refusal(why: BodyRefusal, tooLarge: string): [string, string, string] {
  switch (why.reason) {
    case "incomplete": return ["incomplete-body", "Request body incomplete", "the body could not be read to its end: the connection was lost, or the body was shorter than its Content-Length; send it again"];
    case "too-large": return ["body-too-large", "Request body too large", tooLarge];
    case "encoding": return ["unsupported-media-type", "Unsupported content encoding", `Content-Encoding "${why.encoding}" is not accepted: send the JSON uncompressed`];
    case "charset": return ["unsupported-media-type", "Unsupported charset", `charset "${why.charset}" is not accepted: send the JSON as UTF-8`];
    case "not-utf8": return ["unsupported-media-type", "Body is not UTF-8", "the body contains bytes that are not UTF-8: send the JSON encoded as UTF-8"];
  }
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
 * The body gate with the API's refusals, for a body of any type (a register upload: text).
 * @param opts.maxSize bytes; @param opts.tooLarge the 413's detail, naming the limit
 */
export function apiBody({ maxSize, tooLarge }: { maxSize: number; tooLarge: string }): MiddlewareHandler<AppEnv> {
  return bodyGate({ maxSize, refuse: (c, why) => problem(c, why.status, ...refusal(why, tooLarge)) });
}

/**
 * @param opts.maxSize bytes (DESIGN.md "Errors and limits"); @param opts.tooLarge the 413's detail, naming the limit
 * @returns the middleware (requests other than POST and PUT pass untouched)
 */
export function jsonBody({ maxSize, tooLarge }: { maxSize: number; tooLarge: string }): MiddlewareHandler<AppEnv> {
  const gate = apiBody({ maxSize, tooLarge });
  return (c, next) => gate(c, async () => {
    const deep = tooDeepBody(c, await c.req.text()); // the text the gate decoded and cached
    if (deep) c.res = deep;
    else await next();
  });
}
