/**
 * The body of a webhook call announcing a dossier's new notices (docs/dossiers.md, "Webhooks"),
 * in the Standard Webhooks payload shape `{ type, timestamp, data }`. Every attempt of a
 * delivery sends the same body; the receiver tells calls apart by `webhook-id`.
 */
import type { MeasureChange } from "../engine/compare.js";
import type { Status } from "../engine/result.js";
import type { NoticeKind } from "../dossier/notices.js";
import type { Bilingual } from "../profile/index.js";

/** The event type of a notices call. */
export const NOTICES_EVENT = "dossier.notices";

/** One notice in a call. Amounts: counted amounts, yuan. */
export interface EventNotice {
  measureId: string;
  title: Bilingual;
  kind: NoticeKind;
  statusBefore: Status | null;
  statusAfter: Status | null;
  amountBefore: number;
  amountAfter: number;
}

/** The body of a call. */
export interface NoticesEvent {
  type: typeof NOTICES_EVENT;
  /** ISO timestamp, UTC: when the notices were written */
  timestamp: string;
  data: {
    creditCode: string;
    ruleset: { id: string; version: string; hash: string };
    /** ISO date, Asia/Shanghai: the date the dossier was decided on */
    asOf: string;
    /** the re-decision kept in the dossier (GET /v1/dossiers/{creditCode}/decisions/{decisionId}) */
    decisionId: string;
    notices: EventNotice[];
    /** where to read more, relative to the service's origin (the dossier's token or a staff token) */
    links: { notices: string; decision: string };
  };
}

/** The key of one announcement to one dossier: `<ruleset hash>@<asOf>` (a delivery per dossier and key). */
export const eventKey = (hash: string, asOf: string) => `${hash}@${asOf}`;

/** The call's body for the changes of one re-decision. */
export function noticesEvent(e: {
  creditCode: string; ruleset: { id: string; version: string; hash: string }; asOf: string; decisionId: string;
  changes: readonly (MeasureChange & { change: NoticeKind })[]; measures: readonly { id: string; title: Bilingual }[];
}, now: Date): NoticesEvent {
  const titles = new Map(e.measures.map((m) => [m.id, m.title]));
  const base = `/v1/dossiers/${e.creditCode}`;
  return {
    type: NOTICES_EVENT,
    timestamp: now.toISOString(),
    data: {
      creditCode: e.creditCode, ruleset: e.ruleset, asOf: e.asOf, decisionId: e.decisionId,
      notices: e.changes.map((c) => ({
        measureId: c.measureId, title: titles.get(c.measureId) ?? { "zh-CN": c.measureId, en: c.measureId }, kind: c.change,
        statusBefore: c.before, statusAfter: c.after, amountBefore: c.amountBefore, amountAfter: c.amountAfter,
      })),
      links: { notices: `${base}/notices`, decision: `${base}/decisions/${encodeURIComponent(e.decisionId)}` },
    },
  };
}
