/**
 * Signing webhook calls as Standard Webhooks (https://www.standardwebhooks.com/) does, so a
 * receiver can verify them with its libraries or a dozen lines (docs/dossiers.md, "Webhooks"):
 * - the secret is `whsec_` + base64 of 32 random bytes; the HMAC key is those bytes;
 * - the signed content is `<webhook-id>.<webhook-timestamp>.<body>` (UTF-8), the timestamp in
 *   whole seconds since 1970 (UTC);
 * - `webhook-signature` is `v1,` + base64 of HMAC-SHA256 over it (space-separated when a
 *   receiver is given several, e.g. during a secret rotation).
 * Web Crypto only: the same code signs in workerd and verifies in Node.
 */

/** Prefix of webhook secrets (Standard Webhooks). */
export const SECRET_PREFIX = "whsec_";

/** How far a call's timestamp may be from the receiver's clock before it is refused as a replay: 5 minutes. */
export const TOLERANCE_SECONDS = 300;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const base64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** A new secret: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + base64Of(crypto.getRandomValues(new Uint8Array(32)));
}

async function hmac(secret: string, content: string): Promise<Uint8Array> {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error(`a webhook secret starts with ${SECRET_PREFIX}`);
  const key = await crypto.subtle.importKey("raw", bytesOf(secret.slice(SECRET_PREFIX.length)), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(content)));
}

/** The headers of one call. */
export interface WebhookHeaders {
  "webhook-id": string;
  /** whole seconds since 1970-01-01T00:00:00Z */
  "webhook-timestamp": string;
  /** `v1,<base64 HMAC-SHA256>` */
  "webhook-signature": string;
}

/**
 * Signs a call.
 * @param id the delivery's id (the same on every attempt: the receiver's idempotency key)
 * @param timestamp seconds since 1970 (UTC), of this attempt
 * @param body the exact bytes sent, as text
 */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<WebhookHeaders> {
  const signature = base64Of(await hmac(secret, `${id}.${timestamp}.${body}`));
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

/**
 * Verifies a call as a receiver does: one of the `v1` signatures matches, compared in
 * constant time, and the timestamp is within TOLERANCE_SECONDS of `now`.
 * @param now seconds since 1970 (UTC)
 * @returns true when the call is authentic and fresh
 */
export async function verifyWebhook(secret: string, headers: WebhookHeaders, body: string, now: number): Promise<boolean> {
  const timestamp = Number(headers["webhook-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = await hmac(secret, `${headers["webhook-id"]}.${timestamp}.${body}`);
  return headers["webhook-signature"].split(" ").some((s) => {
    const [version, sig] = s.split(",", 2);
    if (version !== "v1" || !sig) return false;
    let given: Uint8Array;
    try {
      given = bytesOf(sig);
    } catch {
      return false;
    }
    let diff = given.length ^ expected.length;
    for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ (given[i] ?? 0);
    return diff === 0;
  });
}
