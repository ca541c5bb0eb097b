/**
 * The body gate of the API's JSON routes (body-gate.ts), answering its refusals as
 * problem+json: 413 over the route's limit, 415 compressed, in another charset, or not UTF-8,
 * 400 a body that could not be read to its end.
 */
import type { MiddlewareHandler } from "hono";
import { type BodyRefusal, bodyGate } from "./body-gate.js";
import type { AppEnv } from "./env.js";
import { problem } from "./problem.js";

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

/**
 * @param opts.maxSize bytes (DESIGN.md "Errors and limits"); @param opts.tooLarge the 413's detail, naming the limit
 * @returns the middleware (requests other than POST and PUT pass untouched)
 */
export function jsonBody({ maxSize, tooLarge }: { maxSize: number; tooLarge: string }): MiddlewareHandler<AppEnv> {
  return bodyGate({ maxSize, refuse: (c, why) => problem(c, why.status, ...refusal(why, tooLarge)) });
}
