-- Idempotency-Key: the first response to (user, key) is kept for 24 hours and replayed to
-- retries, so a client on a bad connection never creates anything twice.
CREATE TABLE idempotency_key (
  user_id          uuid        NOT NULL,
  key              text        NOT NULL,
  request_hash     bytea       NOT NULL,
  state            text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE')),
  response_status  integer,
  response_headers jsonb,
  response_body    bytea,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
