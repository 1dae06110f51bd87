-- pgbench script of the write-path limit (WritePathBench fills :payouts, :actor, :after): the approval's
-- statements in its transaction shape — the acting user re-read FOR SHARE, the payout read, conditionally
-- updated and re-read, then the audit append as three statements under the head lock. The chain's HMAC,
-- computed by the server between the last two, stands here as sha256 in the database.
\set n random(1, :payouts)
BEGIN;
SELECT id FROM bench_payout_ids WHERE n = :n \gset
SELECT id, username, role, kelurahan_codes, active, session_version FROM app_user WHERE id = ':actor' FOR SHARE;
SELECT * FROM payout WHERE id = :id;
UPDATE payout SET decided_at = now(), version = version + 1 WHERE id = :id AND status = ANY('{APPROVED}') AND version >= 0;
SELECT * FROM payout WHERE id = :id;
SELECT seq AS head_seq, hash AS head_hash FROM audit_head WHERE singleton FOR UPDATE \gset
SELECT t.at AS c_at, audit_canonical(:head_seq + 1, t.at, ':actor', 'APPROVER', 'bench.approved', 'payout', :id,
                                     ':after'::jsonb, ':after'::jsonb) AS c_canonical
FROM (SELECT clock_timestamp() AS at) t \gset
WITH inserted AS (
  INSERT INTO audit_entry (seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, before, after,
                           prev_hash, hash, keyed)
  VALUES (:head_seq + 1, :c_at, ':actor', 'APPROVER', 'bench.approved', 'payout', :id, ':after'::jsonb, ':after'::jsonb,
          :head_hash::bytea, sha256(:head_hash::bytea || :c_canonical::bytea), true)
  RETURNING seq, hash)
UPDATE audit_head SET seq = inserted.seq, hash = inserted.hash FROM inserted WHERE audit_head.singleton
RETURNING audit_head.seq;
COMMIT;
