-- The access record every detail view writes (issue 17), appended by read-path-bench.sh to
-- worker-by-id.sql for the "with record" limit: the record as its own transaction with
-- asynchronous commit (as the server's reads client commits it). pgbench cannot group records of
-- concurrent reads into one INSERT as the server does (GroupCommit), so this is one record per
-- transaction: a lower limit than the bare SELECT, shown beside it, never instead of it.
SET synchronous_commit = off;
INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, purpose, client_ip, detail)
VALUES (now(), :user, 'ADMIN', 'DETAIL', ARRAY[:id]::uuid[], '{name,birth_date,address}', NULL, '127.0.0.1', NULL);
