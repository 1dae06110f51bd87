-- Duplicate reviews (issue 19, item 6): a worker registered while possible duplicates of them
-- existed (same birth date and a similar name, or a NIK one digit away; WorkerRepository's
-- DUPLICATE_CANDIDATES) waits here until someone decides. While OPEN the worker is not enrolled
-- (EnrolmentChecks): a duplicate registration enrolled twice is a second premium paid from the
-- city's budget. RESOLVED_DUPLICATE also puts the worker in worker_removal (reason DUPLICATE,
-- merged_into = duplicate_of), so retention deletes it after its period.
CREATE TABLE duplicate_review (
  id             uuid        PRIMARY KEY,
  worker_id      uuid        NOT NULL UNIQUE REFERENCES worker (id) ON DELETE CASCADE,
  -- The candidates as found when the worker was saved, each with why (the warning's code).
  candidate_ids  uuid[]      NOT NULL,
  candidate_why  text[]      NOT NULL,
  reason         text        CHECK (reason IS NULL OR char_length(reason) BETWEEN 1 AND 500),
  opened_by      uuid        NOT NULL REFERENCES app_user (id),
  opened_at      timestamptz NOT NULL DEFAULT now(),
  status         text        NOT NULL DEFAULT 'OPEN'
                             CHECK (status IN ('OPEN', 'RESOLVED_DISTINCT', 'RESOLVED_DUPLICATE')),
  duplicate_of   uuid        REFERENCES worker (id),
  note           text        CHECK (note IS NULL OR char_length(note) BETWEEN 1 AND 500),
  resolved_by    uuid        REFERENCES app_user (id),
  resolved_at    timestamptz,
  version        integer     NOT NULL DEFAULT 1,
  CONSTRAINT duplicate_review_candidates CHECK (
    cardinality(candidate_ids) BETWEEN 1 AND 10 AND cardinality(candidate_why) = cardinality(candidate_ids)
    AND candidate_why <@ ARRAY['possible_duplicate', 'possible_duplicate_nik']::text[]),
  CONSTRAINT duplicate_review_resolved CHECK (
    (status = 'OPEN') = (resolved_at IS NULL) AND (status = 'OPEN') = (resolved_by IS NULL)
    AND (status = 'OPEN') = (note IS NULL)),
  CONSTRAINT duplicate_review_duplicate_of CHECK ((status = 'RESOLVED_DUPLICATE') = (duplicate_of IS NOT NULL)),
  CONSTRAINT duplicate_review_not_itself CHECK (duplicate_of IS NULL OR duplicate_of <> worker_id)
);
-- The queue: open reviews oldest first (ids are UUIDv7, so id order is time order).
CREATE INDEX duplicate_review_open_idx ON duplicate_review (id) WHERE status = 'OPEN';
CREATE INDEX duplicate_review_duplicate_of_idx ON duplicate_review (duplicate_of) WHERE duplicate_of IS NOT NULL;
