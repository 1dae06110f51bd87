-- Cases followed to their end (issue 14, remaining gaps).
--
-- 1. JKK temporary incapacity (STMB) and permanent disability become claim types. Their facts
--    (the incapacity period; total disability or the table rows found) are kept as filed, so
--    the expected amount can be recomputed and shown; the declared income is the membership's.
ALTER TABLE claim DROP CONSTRAINT claim_type_check;
ALTER TABLE claim ADD CONSTRAINT claim_type_check
  CHECK (type IN ('JKM_DEATH', 'JKK_DEATH', 'JKK_MEDICAL', 'JKK_INCAPACITY', 'JKK_DISABILITY'));
ALTER TABLE claim
  ADD COLUMN accident_details jsonb,
  ADD CONSTRAINT claim_accident_details_for_type
    CHECK ((accident_details IS NOT NULL) = (type IN ('JKK_INCAPACITY', 'JKK_DISABILITY')));

-- 2. A flagged case's follow-up is closed by a person, with what came of it and why. A later
--    BPJS answer is checked afresh and clears the link, so new flags are open again.
CREATE TABLE claim_follow_up_resolution (
  id          uuid PRIMARY KEY,
  claim_id    uuid        NOT NULL REFERENCES claim (id),
  outcome     text        NOT NULL CHECK (outcome IN ('DIFFERENCE_PAID', 'ACCEPTED')),
  reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  flags       text[]      NOT NULL CHECK (cardinality(flags) > 0),
  resolved_by uuid        NOT NULL REFERENCES app_user (id),
  resolved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_follow_up_resolution_claim_idx ON claim_follow_up_resolution (claim_id, resolved_at);

ALTER TABLE claim
  ADD COLUMN follow_up_resolution_id uuid REFERENCES claim_follow_up_resolution (id),
  ADD CONSTRAINT claim_resolution_only_when_flagged CHECK (follow_up_resolution_id IS NULL OR follow_up <> '{}');

-- /claims/flagged lists open flags only.
DROP INDEX claim_follow_up_idx;
CREATE INDEX claim_follow_up_open_idx ON claim (id) WHERE follow_up <> '{}' AND follow_up_resolution_id IS NULL;

-- 3. Service durations are added by an ADMIN through the API: who added a row, and when.
ALTER TABLE service_duration
  ADD COLUMN created_by uuid REFERENCES app_user (id),
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
