/**
 * Helpers of the dossier tests inside workerd: fresh valid credit codes (so that tests sharing
 * the D1 database never meet), requests with a bearer token, and a created dossier.
 */
import { env } from "cloudflare:workers";
import app from "../../src/index.js";
import { usccCheckCharacter } from "../../src/profile/index.js";

/** The staff token of vitest.config.ts (TEST_ADMIN_TOKENS). */
export const STAFF = "test-token-0123456789abcdef";

let counter = 0;
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A credit code valid under GB 32100-2015, different at every call (within a test file; files differ by `seed`). */
export function freshCode(seed = Math.floor(Math.random() * 31 ** 3)): string {
  let n = seed * 100_000 + ++counter;
  let tail = "";
  for (let i = 0; i < 7; i++) { tail = ALPHABET[n % 31] + tail; n = Math.floor(n / 31); }
  const first17 = `91150200MA${tail}`;
  return first17 + usccCheckCharacter(first17);
}

/** A request to the app, JSON body when given, bearer `token` when given; `bindings` override the test env's. */
export async function call(method: string, path: string, { token, body, bindings }: { token?: string; body?: unknown; bindings?: Record<string, unknown> } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return app.request(path, { method, headers, ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}) }, { ...env, ...bindings });
}

/** Creates a dossier for `creditCode` (with a first profile when given); @returns its token. */
export async function createDossier(creditCode: string, profile?: Record<string, unknown>): Promise<string> {
  const res = await call("POST", "/v1/dossiers", { body: { creditCode, ...(profile ? { profile } : {}) } });
  if (res.status !== 201) throw new Error(`create ${creditCode}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
