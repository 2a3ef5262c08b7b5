-- Schema version 2: the audit trail's hash chain (see docs/audit.md). Same as SQLite's.
ALTER TABLE audit_log ADD COLUMN seal_key TEXT;
ALTER TABLE audit_log ADD COLUMN pii_digest TEXT;
ALTER TABLE audit_log ADD COLUMN redacted_by BIGINT;
CREATE INDEX audit_log_result ON audit_log(result, timestamp);
