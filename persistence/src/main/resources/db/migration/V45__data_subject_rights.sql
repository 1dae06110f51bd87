-- Data subject rights (UU 27/2022; issue 17, item 4): a person's request to restrict the
-- processing of their data, and their requests to correct it, each with the law's 3 x 24 hour
-- clock (due_by = requested_at + 72 hours: Pasal 41 ayat 1 for restriction, Pasal 30 for
-- correction). The subject's report itself is a read: it is recorded in personal_data_access
-- with the purpose SUBJECT_REQUEST (added below) and audited.

-- A restriction: REQUESTED (the clock runs) -> APPLIED (the worker is restricted: no enrolment,
-- no export, no payout) -> LIFTED (with a reason); a request may be lifted before it applies.
-- One person has at most one request that is not lifted (the partial unique index).
CREATE TABLE processing_restriction (
  id           uuid        PRIMARY KEY,
  worker_id    uuid        NOT NULL REFERENCES worker (id),
  status       text        NOT NULL CHECK (status IN ('REQUESTED', 'APPLIED', 'LIFTED')),
  reason       text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  requested_at timestamptz NOT NULL,
  due_by       timestamptz NOT NULL,
  recorded_by  uuid        NOT NULL REFERENCES app_user (id),
  recorded_at  timestamptz NOT NULL,
  applied_by   uuid        REFERENCES app_user (id),
  applied_at   timestamptz,
  lifted_by    uuid        REFERENCES app_user (id),
  lifted_at    timestamptz,
  lift_reason  text        CHECK (length(lift_reason) BETWEEN 1 AND 1000),
  version      integer     NOT NULL DEFAULT 1,
  CONSTRAINT processing_restriction_clock CHECK (due_by = requested_at + interval '72 hours'),
  CONSTRAINT processing_restriction_applied CHECK ((applied_at IS NULL) = (applied_by IS NULL)
    AND (status <> 'APPLIED' OR applied_at IS NOT NULL)),
  CONSTRAINT processing_restriction_lifted CHECK ((status = 'LIFTED') = (lifted_at IS NOT NULL)
    AND (lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
);
-- "Is this worker restricted?" on every enrolment, payout and export reads this index.
CREATE UNIQUE INDEX processing_restriction_open_idx ON processing_restriction (worker_id) WHERE status <> 'LIFTED';
CREATE INDEX processing_restriction_status_idx ON processing_restriction (status, due_by);

-- A correction request: OPEN -> APPLIED (only after a worker edit that named it: edited_at) or
-- REJECTED (with a note). The requested value of an identifier (nik, phone) is kept masked:
-- the full value is typed from the person's document in the edit itself.
CREATE TABLE correction_request (
  id              uuid        PRIMARY KEY,
  worker_id       uuid        NOT NULL REFERENCES worker (id),
  field           text        NOT NULL CHECK (field IN ('nik', 'fullName', 'birthDate', 'sex', 'kelurahanCode',
                                'category', 'phone', 'address')),
  requested_value text        NOT NULL CHECK (length(requested_value) BETWEEN 1 AND 500),
  reason          text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  status          text        NOT NULL CHECK (status IN ('OPEN', 'APPLIED', 'REJECTED')),
  requested_at    timestamptz NOT NULL,
  due_by          timestamptz NOT NULL,
  recorded_by     uuid        NOT NULL REFERENCES app_user (id),
  recorded_at     timestamptz NOT NULL,
  edited_by       uuid        REFERENCES app_user (id),
  edited_at       timestamptz,
  resolved_by     uuid        REFERENCES app_user (id),
  resolved_at     timestamptz,
  resolution_note text        CHECK (length(resolution_note) BETWEEN 1 AND 1000),
  version         integer     NOT NULL DEFAULT 1,
  CONSTRAINT correction_request_clock CHECK (due_by = requested_at + interval '72 hours'),
  CONSTRAINT correction_request_identifier_masked CHECK (field NOT IN ('nik', 'phone')
    OR strpos(requested_value, U&'\2022') > 0),
  CONSTRAINT correction_request_edited CHECK ((edited_at IS NULL) = (edited_by IS NULL)
    AND (status <> 'APPLIED' OR edited_at IS NOT NULL)),
  CONSTRAINT correction_request_resolved CHECK ((status = 'OPEN') = (resolved_at IS NULL)
    AND (resolved_at IS NULL) = (resolved_by IS NULL) AND (status <> 'REJECTED' OR resolution_note IS NOT NULL))
);
CREATE INDEX correction_request_status_idx ON correction_request (status, due_by);
CREATE INDEX correction_request_worker_idx ON correction_request (worker_id);

-- The subject's report is read for the purpose of answering their own request.
ALTER TABLE personal_data_access DROP CONSTRAINT personal_data_access_purpose_check;
ALTER TABLE personal_data_access ADD CONSTRAINT personal_data_access_purpose_check CHECK (purpose IN
  ('VERIFICATION', 'CLAIM_FILING', 'BPJS_REGISTRATION', 'PAYOUT', 'CORRECTION', 'SUBJECT_REQUEST')) NOT VALID;
ALTER TABLE personal_data_access VALIDATE CONSTRAINT personal_data_access_purpose_check;
