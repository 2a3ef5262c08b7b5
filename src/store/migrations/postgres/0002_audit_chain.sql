-- Schema version 2: the audit trail's hash chain (see docs/audit.md). Same as SQLite's.
ALTER TABLE audit_log ADD COLUMN seal_key TEXT;
ALTER TABLE audit_log ADD COLUMN pii_digest TEXT;
ALTER TABLE audit_log ADD COLUMN redacted_by BIGINT;
CREATE INDEX audit_log_result ON audit_log(result, timestamp);
-- The chain's head (the last sealed row) in O(log n), however many rows the bot left unsealed.
CREATE INDEX audit_log_sealed ON audit_log(id) WHERE hash IS NOT NULL;
