-- An upload streams past the idempotency check, whose request hash knows only the body's type and
-- length: the SHA-256 of the body the first request read is kept with its response, and a retry's
-- body must match it before that response is replayed (NULL: the answer did not depend on the body).
ALTER TABLE idempotency_key ADD COLUMN body_sha256 bytea;

-- Read-only POSTs (POST /workers/lookup) are no longer recorded: their answers carry NIKs and other
-- personal data. Drop what was kept of them (and of any other answer holding a NIK; such a retry
-- simply runs again).
DELETE FROM idempotency_key WHERE position('"nik"'::bytea IN response_body) > 0;
