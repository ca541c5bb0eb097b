/**
 * The body gate of every route that takes a body (POST and PUT), the API's JSON and the form
 * alike; each route answers a refusal in its own way (problem+json, or a page). A body is
 * refused when:
 * - it is compressed (`Content-Encoding` other than identity) or declared in a charset other
 *   than UTF-8 (415): the readers after the gate would misread it;
 * - it is over the route's limit (413): a declared Content-Length is judged before anything is
 *   read; a body without one (chunked) is counted as it streams in, by hono's bodyLimit;
 * - it is not UTF-8 (415): decoding it leniently would turn bad bytes into U+FFFD and change
 *   what the enterprise sent without telling anyone;
 * - it cannot be read to its end (400): the client went away, or sent less than its
 *   Content-Length (the runtime then reports the connection lost) — the client's doing, not a
 *   failure of ours to log as one.
 * The body is read once, in one piece (`arrayBuffer`), and its text cached where
 * `c.req.json()` and `c.req.text()` read it. (Reading `Request.body` as a stream for every
 * request, as bodyLimit does, costs under @hono/node-server a whole web Request per call:
 * docs/speed.md.) A Content-Type with white space around its `;` (RFC 9110 allows it:
 * `application/json ; charset=utf-8`), which hono's validator would not take for JSON, is
 * passed on written without it.
 */
import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.js";

/** Why a body was refused, and the status to answer. */
export type BodyRefusal =
  | { status: 400; reason: "incomplete" }
  | { status: 413; reason: "too-large" }
  | { status: 415; reason: "encoding"; encoding: string }
  | { status: 415; reason: "charset"; charset: string }
  | { status: 415; reason: "not-utf8" };

/** Options of the gate. */
export interface BodyGateOptions {
  /** the route's limit in bytes (DESIGN.md "Errors and limits") */
  maxSize: number;
  /** the route's answer to a refused body */
  refuse: (c: Context<AppEnv>, why: BodyRefusal) => Response | Promise<Response>;
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** `application/json ; charset=utf-8` → `application/json; charset=utf-8` (and `type;` → `type`). */
function tidyContentType(c: Context<AppEnv>): void {
  const type = c.req.header("Content-Type");
  if (!type || !/\s;|;\s*;|;\s*$/.test(type)) return;
  const headers = new Headers(c.req.raw.headers);
  headers.set("Content-Type", type.split(";").map((p) => p.trim()).filter(Boolean).join("; "));
  c.req.raw = new Request(c.req.raw, { headers });
}

/** What the headers alone refuse: a compressed body, or a charset other than UTF-8. */
function refusedByHeaders(c: Context<AppEnv>): BodyRefusal | undefined {
  const encoding = c.req.header("Content-Encoding");
  if (encoding && encoding.trim().toLowerCase() !== "identity") return { status: 415, reason: "encoding", encoding };
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(c.req.header("Content-Type") ?? "")?.[2];
  if (charset && charset.toLowerCase() !== "utf-8") return { status: 415, reason: "charset", charset };
  return undefined;
}

/**
 * @returns the middleware: refusals answered by `opts.refuse`; requests other than POST and
 *          PUT pass untouched
 */
export function bodyGate({ maxSize, refuse }: BodyGateOptions): MiddlewareHandler<AppEnv> {
  const streamed = bodyLimit({ maxSize, onError: (c) => refuse(c as Context<AppEnv>, { status: 413, reason: "too-large" }) });

  /** Reads the body, refuses it unless UTF-8, and caches the text where `c.req.json()` reads it. */
  const decoded = async (c: Context<AppEnv>, next: Next): Promise<Response | void> => {
    let bytes: ArrayBuffer, text: string;
    try {
      bytes = await c.req.arrayBuffer();
    } catch {
      return refuse(c, { status: 400, reason: "incomplete" });
    }
    try {
      text = strict.decode(bytes);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      return refuse(c, { status: 415, reason: "not-utf8" });
    }
    // hono keeps body promises by kind; `json()` parses the cached "text" (its type says string)
    c.req.bodyCache.text = Promise.resolve(text) as unknown as string;
    await next();
  };

  return async (c, next) => {
    if (c.req.method !== "POST" && c.req.method !== "PUT") return next();
    tidyContentType(c);
    const refused = refusedByHeaders(c);
    if (refused) return refuse(c, refused);
    const declared = c.req.header("Content-Length");
    // bodyLimit returns what its `next` returns: the refusal, when the body is not UTF-8
    if (declared === undefined || c.req.header("Transfer-Encoding") !== undefined) {
      try {
        return await streamed(c, (() => decoded(c, next)) as Next);
      } catch {
        // what escapes is bodyLimit's own reading: the handlers' errors are answered further in (hono's compose)
        return refuse(c, { status: 400, reason: "incomplete" });
      }
    }
    if (Number(declared) > maxSize) return refuse(c, { status: 413, reason: "too-large" });
    return decoded(c, next);
  };
}
