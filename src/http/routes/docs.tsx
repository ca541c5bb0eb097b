/**
 * `GET /docs`: the API reference as a plain server-rendered page, generated from the OpenAPI
 * document itself — no script, no CDN, so it works offline and under a strict
 * Content-Security-Policy (its stylesheet is `GET /docs.css`, from the Worker).
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";

type Json = Record<string, unknown>;
const CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const CSS = `body{font:16px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}
code,pre{font-family:ui-monospace,monospace;background:#f4f4f4;padding:.1rem .3rem;border-radius:3px}
pre{padding:.6rem;overflow:auto;font-size:.85rem}.m{font-weight:700;text-transform:uppercase;margin-right:.5rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
a{color:#0b5394}a:focus{outline:3px solid #f9a825}`;

/** The names of a schema's top-level properties, required ones marked. */
function fields(schema: Json | undefined): string {
  const props = schema?.properties as Json | undefined;
  if (!props) return "";
  const req = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.keys(props).map((k) => (req.has(k) ? `${k}*` : k)).join(", ");
}

function Operation({ method, path, op }: { method: string; path: string; op: Json }) {
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const json = body?.["application/json"];
  const params = (op.parameters as Json[] | undefined) ?? [];
  const responses = Object.entries((op.responses as Record<string, Json>) ?? {});
  return (
    <section>
      <h2 id={`${method}-${path}`}><span class="m">{method}</span><code>{path}</code></h2>
      <p>{String(op.summary ?? "")}</p>
      {params.length > 0 && <p>Parameters: {params.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join("; ")}</p>}
      {json && <p>Body (application/json): <code>{fields(json.schema as Json) || "JSON"}</code></p>}
      {json?.example !== undefined && <pre>{JSON.stringify(json.example, null, 2)}</pre>}
      <table>
        <thead><tr><th>status</th><th>meaning</th></tr></thead>
        <tbody>{responses.map(([status, r]) => <tr><td>{status}</td><td>{String(r.description ?? "")}</td></tr>)}</tbody>
      </table>
    </section>
  );
}

/** Mounts `/docs` and `/docs.css` on `app`; `document` builds the OpenAPI document. */
export function docsRoute(app: OpenAPIHono<AppEnv>, document: () => Json): void {
  app.get("/docs.css", (c) => c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }));
  app.get("/docs", (c) => {
    const doc = document();
    const info = doc.info as Json;
    const paths = Object.entries(doc.paths as Record<string, Record<string, Json>>);
    const page = (
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>policy-match API</title>
          <link rel="stylesheet" href="/docs.css" />
        </head>
        <body>
          <h1>{String(info.title)} API {String(info.version)}</h1>
          <p>{String(info.description)}</p>
          <p>The machine-readable contract: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
          <ul>{paths.flatMap(([path, ops]) => Object.keys(ops).map((m) => <li><a href={`#${m}-${path}`}>{m.toUpperCase()} {path}</a></li>))}</ul>
          {paths.flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => <Operation method={m} path={path} op={op} />))}
        </body>
      </html>
    );
    return c.html("<!doctype html>" + page.toString(), 200, { "Content-Security-Policy": CSP });
  });
}
