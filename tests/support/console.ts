/**
 * The staff console from a worker test, as a browser uses it: signing in with a token (the
 * session cookie kept), pages fetched with it, forms posted from this site (Origin) — or from
 * elsewhere, to see them refused — and a draft uploaded as the page's multipart form.
 */
import { OFFICERS, type OfficerKey } from "./officers.js";
import type { Fetcher } from "./review.js";

export const ORIGIN = "http://localhost";

/** The `pm_staff=…` pair of a Set-Cookie answer, or undefined. */
export const sessionCookie = (res: Response) => /(?:^|,\s*)(pm_staff=[^;]+)/.exec(res.headers.get("Set-Cookie") ?? "")?.[1];

/** A form's fields posted as the browser does, from this site unless `origin` says otherwise. */
export const formPost = (fetcher: Fetcher, path: string, fields: Record<string, string> | FormData, cookie?: string, origin: string | null = ORIGIN) =>
  fetcher(path, {
    method: "POST", redirect: "manual",
    headers: { ...(origin ? { Origin: origin } : {}), ...(cookie ? { Cookie: cookie } : {}), ...(fields instanceof FormData ? {} : { "Content-Type": "application/x-www-form-urlencoded" }) },
    body: fields instanceof FormData ? fields : new URLSearchParams(fields),
  });

/** The multipart form of an upload: the rule set, its case files, retroactive and the reason. */
export function uploadForm(ruleset: unknown, cases: unknown[] = [], more: { retroactive?: boolean; reason?: string } = {}): FormData {
  const form = new FormData();
  form.append("ruleset", new File([JSON.stringify(ruleset)], "ruleset.json", { type: "application/json" }));
  for (const [i, c] of cases.entries()) form.append("cases", new File([JSON.stringify(c)], `case-${i}.json`, { type: "application/json" }));
  if (more.retroactive) form.append("retroactive", "true");
  form.append("reason", more.reason ?? "");
  return form;
}

/** An officer signed in to the console: their cookie, and GET / POST with it. */
export async function signedIn(fetcher: Fetcher, who: OfficerKey) {
  const res = await formPost(fetcher, "/staff/sign-in", { token: OFFICERS[who].token, next: "/staff/" });
  const cookie = sessionCookie(res);
  if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${who}: ${res.status}`);
  return {
    cookie,
    get: (path: string) => fetcher(path, { headers: { Cookie: cookie }, redirect: "manual" }),
    post: (path: string, fields: Record<string, string> | FormData, origin: string | null = ORIGIN) => formPost(fetcher, path, fields, cookie, origin),
  };
}
