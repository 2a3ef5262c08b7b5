-- Schema version 2: the audit trail's hash chain (see docs/audit.md).
-- The article's columns are unchanged; a row inserted with only those columns is valid and is
-- sealed into the chain by clawctl's next run.

-- Per-row random key of the keyed digest over actor, target and metadata. Erasure (GDPR)
-- replaces the cleartext with a pseudonym and drops the key; the digest stays in the chain.
ALTER TABLE audit_log ADD COLUMN seal_key TEXT;
-- SHA-256 keyed digest of (seal_key, actor, target, metadata); part of the chained hash.
ALTER TABLE audit_log ADD COLUMN pii_digest TEXT;
-- The `audit.pseudonymize` event that erased this row's cleartext (NULL when never erased).
ALTER TABLE audit_log ADD COLUMN redacted_by INTEGER;

-- `audit failures`: failed events in a period.
CREATE INDEX audit_log_result ON audit_log(result, timestamp);
