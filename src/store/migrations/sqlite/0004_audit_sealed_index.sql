-- Schema version 3: the audit chain's head (the last sealed row) in O(log n), however many
-- rows the bot side left unsealed (see docs/audit.md).
CREATE INDEX audit_log_sealed ON audit_log(id) WHERE hash IS NOT NULL;
