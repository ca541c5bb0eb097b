/**
 * The policy concierge's worklist (issue 15; docs/dossiers.md, "The concierge's worklist"): the
 * firms with something to follow up — notices not yet acknowledged, questions their last
 * decision asks (its `nextQuestions`), and dates falling in the window ahead: a certificate
 * expiring (`certifications[].validUntil` of the latest profile, e.g. HNTE re-recognition), a
 * measure the firm stays eligible for only until a date (`eligibleUntil`), an eligible measure
 * that ends (`validTo`). Read with SQLite's JSON functions, so only those fields leave D1, never
 * a whole decision. Apply windows are free text in the rule sets (`apply.window`): they are not
 * dates and cannot be put on a worklist (docs/decisions.md).
 */
import type { Bilingual } from "../profile/index.js";

/** A date to act by. ISO dates, Asia/Shanghai. */
export interface Deadline {
  date: string;
  /** `certificate-expires`: a certificate's last valid day; `eligible-until`: the last day a measure stays eligible; `measure-ends`: an eligible measure's last day in force */
  kind: "certificate-expires" | "eligible-until" | "measure-ends";
  /** the certificate's type (`hnte`, `tsme`, …) for `certificate-expires` */
  certificate?: string;
  measureId?: string;
}

/** One question the last decision asks: a fact, what it would settle, the money it holds (yuan). */
export interface OpenQuestion {
  fact: string;
  label: Bilingual;
  settles: string[];
  value: number;
}

/** A firm on the worklist. */
export interface WorkItem {
  creditCode: string;
  name: string | null;
  /** notices not yet acknowledged, and when the newest was written (ISO timestamp, UTC) */
  openNotices: number;
  lastNoticeAt: string | null;
  nextQuestions: OpenQuestion[];
  /** in date order */
  deadlines: Deadline[];
  /** the share id of the last decision (its page: `/decisions/<shareId>`), null before the first */
  lastDecisionShareId: string | null;
}

type Row = { creditCode: string; name: string | null; shareId: string | null; openNotices: number; lastNoticeAt: string | null; questions: string | null; measures: string | null; certificates: string | null };

/** Dossiers read per query. */
const PAGE = 500;

const QUERY = `SELECT d.credit_code AS creditCode, d.name, x.share_id AS shareId,
  (SELECT COUNT(*) FROM dossier_notices n WHERE n.dossier_id = d.id AND n.acknowledged_at IS NULL) AS openNotices,
  (SELECT MAX(n.created_at) FROM dossier_notices n WHERE n.dossier_id = d.id AND n.acknowledged_at IS NULL) AS lastNoticeAt,
  json_extract(x.result, '$.nextQuestions') AS questions,
  (SELECT json_group_array(json_object('measureId', json_extract(m.value, '$.id'), 'status', json_extract(m.value, '$.status'),
      'eligibleUntil', json_extract(m.value, '$.eligibleUntil'), 'validTo', json_extract(m.value, '$.validTo')))
    FROM json_each(x.result, '$.measures') m
    WHERE json_extract(m.value, '$.eligibleUntil') BETWEEN ?1 AND ?2
       OR (json_extract(m.value, '$.status') = 'eligible' AND json_extract(m.value, '$.validTo') BETWEEN ?1 AND ?2)) AS measures,
  (SELECT json_group_array(json_object('type', json_extract(c.value, '$.type'), 'validUntil', json_extract(c.value, '$.validUntil')))
    FROM json_each(v.profile, '$.certifications') c WHERE json_extract(c.value, '$.validUntil') BETWEEN ?1 AND ?2) AS certificates
FROM dossiers d
LEFT JOIN dossier_decisions x ON x.seq = d.last_decision_seq
LEFT JOIN dossier_versions v ON v.dossier_id = d.id AND v.version = d.latest_version
WHERE d.deleted_at IS NULL AND d.credit_code > ?3
ORDER BY d.credit_code LIMIT ?4`;

function item(r: Row): WorkItem {
  const deadlines: Deadline[] = [];
  for (const c of JSON.parse(r.certificates ?? "[]") as { type: string; validUntil: string }[]) deadlines.push({ date: c.validUntil, kind: "certificate-expires", certificate: c.type });
  for (const m of JSON.parse(r.measures ?? "[]") as { measureId: string; status: string; eligibleUntil: string | null; validTo: string | null }[]) {
    if (m.eligibleUntil) deadlines.push({ date: m.eligibleUntil, kind: "eligible-until", measureId: m.measureId });
    else if (m.validTo) deadlines.push({ date: m.validTo, kind: "measure-ends", measureId: m.measureId });
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  return {
    creditCode: r.creditCode, name: r.name, openNotices: r.openNotices, lastNoticeAt: r.lastNoticeAt,
    nextQuestions: JSON.parse(r.questions ?? "[]") as OpenQuestion[], deadlines, lastDecisionShareId: r.shareId,
  };
}

/**
 * The firms to follow up, most urgent first: the earliest deadline, then the most open notices,
 * then the most questions; firms with nothing to follow up are left out.
 * @param today ISO date, Asia/Shanghai; @param until the window's last day (ISO, inclusive)
 * @param limit at most this many firms
 * @returns the firms, and how many have something to follow up in all
 */
export async function worklist(db: D1Database, { today, until, limit }: { today: string; until: string; limit: number }): Promise<{ total: number; firms: WorkItem[] }> {
  const all: WorkItem[] = [];
  for (let after = ""; ;) {
    const { results } = await db.prepare(QUERY).bind(today, until, after, PAGE).all<Row>();
    for (const r of results) {
      const w = item(r);
      if (w.openNotices > 0 || w.nextQuestions.length > 0 || w.deadlines.length > 0) all.push(w);
    }
    if (results.length < PAGE) break;
    after = results.at(-1)!.creditCode;
  }
  const first = (w: WorkItem) => w.deadlines[0]?.date ?? "9999-12-31";
  all.sort((a, b) => first(a).localeCompare(first(b)) || b.openNotices - a.openNotices || b.nextQuestions.length - a.nextQuestions.length || a.creditCode.localeCompare(b.creditCode));
  return { total: all.length, firms: all.slice(0, limit) };
}
