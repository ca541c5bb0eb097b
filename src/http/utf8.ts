/**
 * Refuses request bodies that are not valid UTF-8 (415): decoding them leniently would turn
 * bad bytes into U+FFFD and change what the enterprise sent without telling anyone. Mounted
 * after a route's body limit, so the limit still bounds what is read.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";
import { problem } from "./problem.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The middleware; bodies of other requests (no body, GET) pass untouched. */
export const utf8Body: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "POST" || c.req.method === "PUT") {
    try {
      strict.decode(await c.req.arrayBuffer());
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      return problem(c, 415, "unsupported-media-type", "Body is not UTF-8", "the body contains bytes that are not UTF-8: send the JSON encoded as UTF-8");
    }
  }
  await next();
};
