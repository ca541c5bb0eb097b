-- One enterprise, one dossier (一企一档), issue 15; docs/dossiers.md says what is kept, for how
-- long and who reads it. Timestamps are ISO UTC (`2025-06-30T08:00:00.000Z`); dates ISO in
-- Asia/Shanghai. A deleted dossier keeps only its id, the date of deletion and its decisions'
-- ids and hashes: every other column of its rows is cleared, the rows of the other tables deleted.

-- One row per dossier; `credit_code` is unique among live dossiers (a deleted one has NULL).
CREATE TABLE dossiers (
  id                TEXT PRIMARY KEY,                 -- random (UUID): the dossier id of queues and notices
  credit_code       TEXT UNIQUE,                      -- USCC, GB 32100-2015; NULL once deleted
  name              TEXT,                             -- the latest version's name, for staff search; NULL once deleted
  token_hash        TEXT,                             -- hex SHA-256 of the access token; NULL once deleted
  token_issued_at   TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,                    -- the last write (version, decision, support record, token): retention counts from it
  latest_version    INTEGER NOT NULL DEFAULT 0,       -- the number of the latest profile version (0: none yet)
  last_decision_seq INTEGER,                          -- dossier_decisions.seq of the latest decision
  deleted_at        TEXT,
  deleted_by        TEXT                              -- owner | staff:<label> | retention
);
CREATE INDEX dossiers_live ON dossiers (deleted_at, updated_at);

-- The profile's versions: a save adds a row, a row is never updated (deleted with the dossier).
CREATE TABLE dossier_versions (
  dossier_id   TEXT NOT NULL REFERENCES dossiers (id),
  version      INTEGER NOT NULL,                      -- 1, 2, …
  profile      TEXT NOT NULL,                         -- the EnterpriseProfile (JSON)
  profile_hash TEXT NOT NULL,                         -- sha256: of its RFC 8785 canonical JSON
  source       TEXT NOT NULL CHECK (source IN ('form', 'api', 'import')),
  saved_at     TEXT NOT NULL,                         -- ISO timestamp, UTC
  saved_on     TEXT NOT NULL,                         -- ISO date, Asia/Shanghai
  saved_by     TEXT NOT NULL,                         -- owner | staff:<label>
  PRIMARY KEY (dossier_id, version)
);

-- Every match made for a dossier. Deletion keeps decision_id, ruleset_hash and result_hash.
CREATE TABLE dossier_decisions (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  dossier_id      TEXT NOT NULL REFERENCES dossiers (id),
  decision_id     TEXT NOT NULL,                      -- the answer's decisionId
  ruleset_hash    TEXT NOT NULL,
  result_hash     TEXT NOT NULL,                      -- sha256: of the stored result's RFC 8785 canonical JSON
  share_id        TEXT UNIQUE,                        -- the capability id of its result page (/decisions/<id>)
  ruleset_id      TEXT,
  ruleset_version TEXT,
  as_of           TEXT,                               -- ISO date, Asia/Shanghai
  profile_version INTEGER,
  result          TEXT,                               -- the explained MatchResult (JSON)
  summary         TEXT,                               -- per measure status and amount, and totals (JSON): cheap to compare
  decided_at      TEXT,                               -- ISO timestamp, UTC
  decided_by      TEXT                                -- owner | staff:<label>
);
CREATE INDEX dossier_decisions_by_dossier ON dossier_decisions (dossier_id, seq);
CREATE INDEX dossier_decisions_by_id ON dossier_decisions (dossier_id, decision_id);

-- Signed receipts of decisions (Ed25519 over the RFC 8785 canonical JSON of `payload`).
CREATE TABLE dossier_receipts (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  dossier_id   TEXT NOT NULL REFERENCES dossiers (id),
  decision_seq INTEGER NOT NULL REFERENCES dossier_decisions (seq),
  key_id       TEXT NOT NULL,
  payload      TEXT NOT NULL,                         -- the signed payload (JSON)
  signature    TEXT NOT NULL,                         -- base64url
  issued_at    TEXT NOT NULL
);
CREATE INDEX dossier_receipts_by_decision ON dossier_receipts (decision_seq);

-- Support applied for, granted and paid: one row per event, the latest per measure and period counts.
CREATE TABLE dossier_support (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  dossier_id  TEXT NOT NULL REFERENCES dossiers (id),
  measure_id  TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('applied', 'granted', 'paid')),
  amount      REAL,                                   -- yuan, ≤ 2 decimals
  date        TEXT NOT NULL,                          -- ISO date of the event, Asia/Shanghai
  reference   TEXT,                                   -- the department's file or payment reference
  fiscal_year INTEGER,                                -- the fiscal year it is for (a measure granted yearly); NULL for a one-off
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL
);
CREATE INDEX dossier_support_by_dossier ON dossier_support (dossier_id, seq);
