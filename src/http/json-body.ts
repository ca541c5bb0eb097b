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
 */
import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.js";
import { problem } from "./problem.js";

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
  // hono keeps body promises by kind; `json()` parses the cached "text" (its type says string)
  c.req.bodyCache.text = Promise.resolve(text) as unknown as string;
  await next();
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
