/**
 * A dossier's webhook and its calls (migrations/0005_notices_jobs.sql, `dossier_webhooks` and
 * `webhook_deliveries`): the URL the firm registered and the secret that signs the calls to it
 * (webhook-signature.ts), and one delivery per dossier and announcement, tried through the
 * queue until it is answered 2xx or has failed every attempt (src/jobs/webhook.ts).
 */
import { randomId } from "./secret.js";
import type { Actor } from "./types.js";
import { newWebhookSecret } from "./webhook-signature.js";

/** A registered webhook, without its secret (shown once, when registered). */
export interface Webhook {
  url: string;
  /** ISO timestamp, UTC */
  createdAt: string;
  createdBy: Actor;
}

/** Where a delivery stands: `pending` (being tried), `delivered` (answered 2xx), `failed` (every attempt failed, or the webhook was removed). */
export type DeliveryState = "pending" | "delivered" | "failed";

/** A delivery as the API lists it (its body apart). */
export interface Delivery {
  /** `msg_…`, sent as `webhook-id`: the receiver's idempotency key */
  id: string;
  /** what it announces: `<ruleset hash>@<asOf>` */
  event: string;
  state: DeliveryState;
  /** attempts made so far */
  attempts: number;
  /** the receiver's last HTTP status; null: no answer (a network error or a timeout) */
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A claimed delivery: what to send and where. */
export interface Claimed {
  dossierId: string;
  payload: string;
}

const DELIVERY_COLUMNS = "id, event, state, attempts, last_status AS lastStatus, last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt";

/** Webhooks and deliveries in D1. */
export class WebhookStore {
  constructor(private readonly db: D1Database) {}

  /**
   * Registers (or replaces) the dossier's webhook with a new secret; a write of the firm's.
   * @returns the secret, `whsec_…`: shown to the caller this once
   */
  async register(dossierId: string, url: string, by: Actor, now: Date): Promise<{ webhook: Webhook; secret: string }> {
    const secret = newWebhookSecret();
    const at = now.toISOString();
    await this.db.batch([
      this.db.prepare("INSERT OR REPLACE INTO dossier_webhooks (dossier_id, url, secret, created_at, created_by) VALUES (?, ?, ?, ?, ?)").bind(dossierId, url, secret, at, by),
      this.db.prepare("UPDATE dossiers SET updated_at = ? WHERE id = ?").bind(at, dossierId),
    ]);
    return { webhook: { url, createdAt: at, createdBy: by }, secret };
  }

  /** The dossier's webhook, or null. */
  async get(dossierId: string): Promise<Webhook | null> {
    return this.db.prepare("SELECT url, created_at AS createdAt, created_by AS createdBy FROM dossier_webhooks WHERE dossier_id = ?").bind(dossierId).first<Webhook>();
  }

  /** Where to send and with which secret, or null when the dossier has no webhook (any more). */
  async target(dossierId: string): Promise<{ url: string; secret: string } | null> {
    return this.db.prepare("SELECT url, secret FROM dossier_webhooks WHERE dossier_id = ?").bind(dossierId).first<{ url: string; secret: string }>();
  }

  /** Removes the dossier's webhook; deliveries still pending fail at their next attempt. @returns false when there was none */
  async remove(dossierId: string, now: Date): Promise<boolean> {
    const [deleted] = await this.db.batch([
      this.db.prepare("DELETE FROM dossier_webhooks WHERE dossier_id = ?").bind(dossierId),
      this.db.prepare("UPDATE dossiers SET updated_at = ? WHERE id = ?").bind(now.toISOString(), dossierId),
    ]);
    return (deleted!.meta.changes ?? 0) > 0;
  }

  /**
   * The statement that creates the delivery of `event` to the dossier's webhook — when it has
   * one, and once: a delivery of the same event exists already → nothing.
   * @param payload the JSON body every attempt will send
   */
  deliveryStatement(dossierId: string, event: string, payload: string, now: Date): D1PreparedStatement {
    const at = now.toISOString();
    return this.db.prepare(`INSERT OR IGNORE INTO webhook_deliveries (id, dossier_id, event, payload, state, attempts, created_at, updated_at)
      SELECT ?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5 WHERE EXISTS (SELECT 1 FROM dossier_webhooks WHERE dossier_id = ?2)`)
      .bind(`msg_${randomId()}`, dossierId, event, payload, at);
  }

  /** Deliveries of `event` to these dossiers never tried yet (to enqueue). */
  async untried(dossierIds: readonly string[], event: string): Promise<string[]> {
    if (dossierIds.length === 0) return [];
    const ids: string[] = [];
    for (let i = 0; i < dossierIds.length; i += 90) {
      const chunk = dossierIds.slice(i, i + 90);
      const { results } = await this.db.prepare(`SELECT id FROM webhook_deliveries WHERE event = ? AND state = 'pending' AND attempts = 0
        AND dossier_id IN (${chunk.map(() => "?").join(", ")})`).bind(event, ...chunk).all<{ id: string }>();
      ids.push(...results.map((r) => r.id));
    }
    return ids;
  }

  /**
   * Claims attempt number `attempt` of a pending delivery: only one message does (two messages
   * of one delivery, or a message redelivered after its attempt was made, find it claimed).
   * @returns what to send, or null when it is not pending or that attempt was made already
   */
  async claim(id: string, attempt: number, now: Date): Promise<Claimed | null> {
    return this.db.prepare(`UPDATE webhook_deliveries SET attempts = ?1, updated_at = ?2 WHERE id = ?3 AND state = 'pending' AND attempts < ?1
      RETURNING dossier_id AS dossierId, payload`).bind(attempt, now.toISOString(), id).first<Claimed>();
  }

  /** Records an attempt's outcome: `pending` (to be tried again), `delivered` or `failed`. */
  async outcome(id: string, state: DeliveryState, status: number | null, error: string | null, now: Date): Promise<void> {
    await this.db.prepare("UPDATE webhook_deliveries SET state = ?, last_status = ?, last_error = ?, updated_at = ? WHERE id = ?")
      .bind(state, status, error, now.toISOString(), id).run();
  }

  /** The dossier's deliveries, newest first. */
  async deliveries(dossierId: string): Promise<Delivery[]> {
    const { results } = await this.db.prepare(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE dossier_id = ? ORDER BY created_at DESC, id`).bind(dossierId).all<Delivery>();
    return results;
  }
}
