-- Issue 12. One spelling per version number, enforced by the database; the audit records the
-- status answered and the request id of every publish attempt. Applies to a database that
-- already holds rows: nothing stored is changed or dropped.

-- The number a version spells, without leading zeros in any part ('2041.07.0' → '2041.7.0').
-- A row stored before this migration with a leading zero keeps its text; the service reports
-- it as a version it cannot load (docs/operations.md, "A stored version that cannot be loaded").
ALTER TABLE ruleset_versions ADD COLUMN number TEXT GENERATED ALWAYS AS (
  COALESCE(NULLIF(ltrim(substr(version, 1, instr(version, '.') - 1), '0'), ''), '0') || '.' ||
  COALESCE(NULLIF(ltrim(substr(substr(version, instr(version, '.') + 1), 1, instr(substr(version, instr(version, '.') + 1), '.') - 1), '0'), ''), '0') || '.' ||
  COALESCE(NULLIF(ltrim(substr(substr(version, instr(version, '.') + 1), instr(substr(version, instr(version, '.') + 1), '.') + 1), '0'), ''), '0')
) VIRTUAL;

CREATE INDEX ruleset_versions_by_number ON ruleset_versions (ruleset_id, number);

-- A new row must spell its version as its number (the CHECK the table would have had)…
CREATE TRIGGER ruleset_versions_one_spelling AFTER INSERT ON ruleset_versions
WHEN NEW.number IS NOT NEW.version
BEGIN
  SELECT RAISE(ABORT, 'version not in its one spelling: no leading zeros in any part');
END;

-- …and no other row may hold its number, in whatever spelling (UNIQUE (ruleset_id, number),
-- which an index could not enforce on a database already holding 2041.7.0 and 2041.07.0).
CREATE TRIGGER ruleset_versions_one_number AFTER INSERT ON ruleset_versions
WHEN (SELECT COUNT(*) FROM ruleset_versions WHERE ruleset_id = NEW.ruleset_id AND number = NEW.number) > 1
BEGIN
  SELECT RAISE(ABORT, 'UNIQUE constraint failed: ruleset_versions.ruleset_id, ruleset_versions.number');
END;

ALTER TABLE publish_audit ADD COLUMN status INTEGER;   -- the HTTP status answered; NULL in rows from before 0002
ALTER TABLE publish_audit ADD COLUMN request_id TEXT;  -- the answer's X-Request-Id
