/**
 * Webhook signatures as Standard Webhooks defines them (https://www.standardwebhooks.com/):
 * the specification's own example is reproduced, and a receiver refuses a changed body, another
 * secret, a stale timestamp; several signatures (a secret rotation) verify when one matches.
 */
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook, TOLERANCE_SECONDS, verifyWebhook } from "../../src/dossier/webhook-signature.js";

// The example of the Standard Webhooks specification and its reference libraries' tests.
const SPEC = { secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1614265330, body: '{"test": 2432232314}' };

describe("webhook signatures", () => {
  it("reproduce the specification's example", async () => {
    const h = await signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body);
    expect(h).toEqual({ "webhook-id": SPEC.id, "webhook-timestamp": "1614265330", "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" });
  });

  it("verify only the body, id and secret signed, within the tolerance", async () => {
    const h = await signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body);
    expect(await verifyWebhook(SPEC.secret, h, SPEC.body, SPEC.timestamp)).toBe(true);
    expect(await verifyWebhook(SPEC.secret, h, SPEC.body, SPEC.timestamp + TOLERANCE_SECONDS)).toBe(true);
    expect(await verifyWebhook(SPEC.secret, h, SPEC.body, SPEC.timestamp + TOLERANCE_SECONDS + 1)).toBe(false);
    expect(await verifyWebhook(SPEC.secret, h, '{"test": 2432232315}', SPEC.timestamp)).toBe(false);
    expect(await verifyWebhook(SPEC.secret, { ...h, "webhook-id": "msg_other" }, SPEC.body, SPEC.timestamp)).toBe(false);
    expect(await verifyWebhook(newWebhookSecret(), h, SPEC.body, SPEC.timestamp)).toBe(false);
    expect(await verifyWebhook(SPEC.secret, { ...h, "webhook-signature": `v1,bm90IGl0 ${h["webhook-signature"]}` }, SPEC.body, SPEC.timestamp)).toBe(true);
    expect(await verifyWebhook(SPEC.secret, { ...h, "webhook-signature": "v1,!!!" }, SPEC.body, SPEC.timestamp)).toBe(false);
  });

  it("new secrets are whsec_ and 32 random bytes, never alike", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
