-- Issue 14: drafts and their review, withdrawals of versions, registers uploaded for a draft's
-- impact. Applies to a database that already holds rows: nothing stored is changed.

-- A draft of a rule-set version (src/review/draft-store.ts): the rule set and its cases as last
-- saved, never used to answer matches; one per rule set and version number.
CREATE TABLE drafts (
  ruleset_id     TEXT NOT NULL,
  version        TEXT NOT NULL,                          -- YYYY.N.P, as in the path
  state          TEXT NOT NULL CHECK (state IN ('draft', 'proposed', 'approved', 'rejected', 'published', 'withdrawn')),
  body           TEXT NOT NULL,                          -- the rule set as saved (JSON)
  cases          TEXT NOT NULL,                          -- its cases, a JSON array
  retroactive    INTEGER NOT NULL DEFAULT 0,             -- 1: may take effect before the day it is published
  reason         TEXT,                                   -- why it is retroactive
  hash           TEXT NOT NULL,                          -- sha256: of the rule set's canonical JSON
  effective_from TEXT,                                   -- from the body, when it gives one
  findings       TEXT NOT NULL,                          -- JSON { errors, warnings } of the check at the last save
  revision       INTEGER NOT NULL,                       -- 1 when made, +1 at every change of content
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,                          -- who last changed the content
  updated_at     TEXT NOT NULL,
  proposed_by    TEXT,                                   -- since the last change of content
  approved_by    TEXT,
  PRIMARY KEY (ruleset_id, version)
);

-- Every step of a draft's review, and every withdrawal: who, when, what.
CREATE TABLE review_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,                              -- ISO timestamp, UTC
  ruleset_id TEXT NOT NULL,
  version    TEXT NOT NULL,
  action     TEXT NOT NULL,                              -- saved | proposed | approved | rejected | proposal-withdrawn | published | withdrawn
  label      TEXT NOT NULL,                              -- the officer (ADMIN_TOKENS label)
  role       TEXT NOT NULL,
  revision   INTEGER,                                    -- the draft's revision acted on
  hash       TEXT,                                       -- the rule set's hash at that revision
  reason     TEXT,                                       -- of a rejection, a withdrawal, or a retroactive date
  request_id TEXT
);
CREATE INDEX review_log_by_version ON review_log (ruleset_id, version, seq);

-- Versions withdrawn from a date (bundled or published): asOf resolution leaves them out from
-- that date; pinned requests still get them, marked. A version is withdrawn once.
CREATE TABLE withdrawals (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  ruleset_id   TEXT NOT NULL,
  version      TEXT NOT NULL,
  from_date    TEXT NOT NULL,                            -- ISO date (Asia/Shanghai) from which it no longer answers by date
  reason       TEXT NOT NULL,
  withdrawn_by TEXT NOT NULL,
  withdrawn_at TEXT NOT NULL,
  UNIQUE (ruleset_id, version)
);

-- Enterprise registers uploaded to measure a draft's impact (CSV or JSONL), gzip-compressed in
-- chunks of at most 1 MiB (a D1 row holds at most 2 MB).
CREATE TABLE registers (
  id          TEXT PRIMARY KEY,                          -- random, e.g. r-3f9c…
  name        TEXT NOT NULL,                             -- the file name as uploaded
  format      TEXT NOT NULL CHECK (format IN ('csv', 'jsonl')),
  bytes       INTEGER NOT NULL,                          -- uncompressed size
  rows        INTEGER NOT NULL,                          -- records (CSV, after the header) or non-blank lines (JSONL)
  sha256      TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE TABLE register_chunks (
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  data        BLOB NOT NULL,
  PRIMARY KEY (register_id, seq)
);
