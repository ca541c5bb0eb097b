-- Published rule-set versions (immutable: a row is never updated or deleted) and the audit
-- of every publish attempt. DESIGN.md "Rule files and versions"; issue 6.
CREATE TABLE ruleset_versions (
  seq            INTEGER PRIMARY KEY AUTOINCREMENT,   -- publication order; max(seq) tells a cache it is stale
  ruleset_id     TEXT NOT NULL,
  version        TEXT NOT NULL,                       -- YYYY.N.P
  effective_from TEXT NOT NULL,                       -- ISO date
  hash           TEXT NOT NULL,                       -- sha256: of the RFC 8785 canonical JSON
  body           TEXT NOT NULL,                       -- the rule set as published (JSON)
  published_at   TEXT NOT NULL,                       -- ISO timestamp, UTC
  published_by   TEXT NOT NULL,                       -- the ADMIN_TOKENS label
  UNIQUE (ruleset_id, version)
);

CREATE TABLE publish_audit (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  at         TEXT NOT NULL,                           -- ISO timestamp, UTC
  label      TEXT,                                    -- the token's label; NULL when no valid token was given
  ruleset_id TEXT NOT NULL,
  version    TEXT NOT NULL,
  hash       TEXT,                                    -- of the body, when it parsed as JSON
  outcome    TEXT NOT NULL,                           -- created | conflict | invalid | unauthorized | forbidden | malformed
  detail     TEXT
);
