/** What every page handler shares: rendering a page as HTML, and the reader's language. */
import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import { pickLang } from "../views/i18n.js";
import type { AppEnv } from "./env.js";

/** Responds with the page as an HTML document. */
export async function render(c: Context<AppEnv>, page: JSX.Element, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 503 = 200): Promise<Response> {
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status);
}

/** The language of a page: `?lang=`, else Accept-Language, else zh-CN. */
export const langOf = (c: Context<AppEnv>) => pickLang(c.req.query("lang"), c.req.header("Accept-Language"));
