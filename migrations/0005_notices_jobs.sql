-- Policies that find the firm, and screening beyond one machine (issue 15; docs/dossiers.md,
-- "Notices" and "Webhooks"; docs/screening.md, "Asynchronous jobs"). Applies to a database that
-- already holds rows: only new tables. Timestamps are ISO UTC; dates ISO in Asia/Shanghai.

-- Rule-set versions announced to the dossiers: every live dossier re-decided under the version,
-- once when it is published and once when it comes into force (the daily cron).
CREATE TABLE announcements (
  ruleset_id   TEXT NOT NULL,
  version      TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('published', 'effective')),
  ruleset_hash TEXT NOT NULL,
  as_of        TEXT NOT NULL,                         -- the date the dossiers are decided on
  state        TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
  cursor       TEXT NOT NULL DEFAULT '',              -- the last dossier id enqueued (a fan-out resumes after it)
  batches      INTEGER NOT NULL DEFAULT 0,            -- redecide messages sent
  dossiers     INTEGER NOT NULL DEFAULT 0,            -- dossier ids in them
  started_at   TEXT NOT NULL,
  sent_at      TEXT,
  PRIMARY KEY (ruleset_id, version, kind)
);

-- What changed for a firm under a version: one row per measure and kind of change. The unique
-- key makes a redelivered batch write nothing twice. Deleted with the dossier.
CREATE TABLE dossier_notices (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  dossier_id      TEXT NOT NULL REFERENCES dossiers (id),
  ruleset_hash    TEXT NOT NULL,
  measure_id      TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('gain', 'loss', 'amount')),
  ruleset_id      TEXT NOT NULL,
  ruleset_version TEXT NOT NULL,
  as_of           TEXT NOT NULL,
  status_before   TEXT,                               -- eligible | ineligible | undetermined; NULL: no earlier decision, or the measure is new
  status_after    TEXT,                               -- NULL: the version has no such measure
  amount_before   REAL NOT NULL,                      -- counted amounts, yuan (0 when not counted)
  amount_after    REAL NOT NULL,
  decision_seq    INTEGER REFERENCES dossier_decisions (seq),
  created_at      TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by TEXT,                               -- owner | staff:<label>
  UNIQUE (dossier_id, ruleset_hash, measure_id, kind)
);
CREATE INDEX dossier_notices_by_dossier ON dossier_notices (dossier_id, seq);
CREATE INDEX dossier_notices_open ON dossier_notices (acknowledged_at, dossier_id);

-- The firm's webhook: where to call when notices are written, and the secret that signs the calls.
CREATE TABLE dossier_webhooks (
  dossier_id TEXT PRIMARY KEY REFERENCES dossiers (id),
  url        TEXT NOT NULL,
  secret     TEXT NOT NULL,                           -- whsec_…: the HMAC key (the service must hold it to sign)
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

-- Webhook calls: one per dossier and announcement, retried through the queue.
CREATE TABLE webhook_deliveries (
  id           TEXT PRIMARY KEY,                      -- msg_…: the webhook-id header, the receiver's idempotency key
  dossier_id   TEXT NOT NULL REFERENCES dossiers (id),
  event        TEXT NOT NULL,                         -- what it announces: <ruleset hash>@<asOf>
  payload      TEXT NOT NULL,                         -- the JSON body sent (every attempt sends the same)
  state        TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  last_status  INTEGER,                               -- the receiver's HTTP status; NULL: no answer
  last_error   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (dossier_id, event)
);
CREATE INDEX webhook_deliveries_by_dossier ON webhook_deliveries (dossier_id, created_at);

-- Messages that failed every attempt (or were not job messages): recorded, never retried.
CREATE TABLE dead_letters (
  message_id  TEXT PRIMARY KEY,
  queue       TEXT NOT NULL,
  type        TEXT,                                   -- the job type, when it is one
  body        TEXT NOT NULL,                          -- the message (ids only: messages carry no firm data)
  attempts    INTEGER NOT NULL,
  reason      TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);

-- Asynchronous screenings (POST /v1/screenings): the register and the results are in R2
-- (binding SCREENINGS) under screenings/<id>/; these rows say what and how far.
CREATE TABLE screenings (
  id              TEXT PRIMARY KEY,                   -- scr_…
  state           TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed')),
  input           TEXT NOT NULL,                      -- the register's name as given
  format          TEXT NOT NULL CHECK (format IN ('jsonl', 'csv')),
  as_of           TEXT NOT NULL,
  ruleset_id      TEXT NOT NULL,
  ruleset_version TEXT NOT NULL,
  ruleset_hash    TEXT NOT NULL,
  effective_from  TEXT NOT NULL,
  bytes           INTEGER NOT NULL,                   -- the register's size
  rows            INTEGER NOT NULL,
  chunks          INTEGER NOT NULL,
  summary         TEXT,                               -- the summary record (JSON), once done
  error           TEXT,
  created_by      TEXT NOT NULL,                      -- staff:<label>
  created_at      TEXT NOT NULL,
  finished_at     TEXT
);

CREATE TABLE screening_chunks (
  screening_id TEXT NOT NULL REFERENCES screenings (id),
  chunk        INTEGER NOT NULL,                      -- 0, 1, … in register order
  rows         INTEGER NOT NULL,
  done_at      TEXT,                                  -- NULL until its records are in R2
  jsonl_bytes  INTEGER,                               -- the size of its records, JSONL and CSV
  csv_bytes    INTEGER,
  summary      TEXT,                                  -- its rows' summary record (JSON)
  PRIMARY KEY (screening_id, chunk)
);
