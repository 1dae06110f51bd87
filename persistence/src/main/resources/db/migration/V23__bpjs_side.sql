-- The BPJS side of the programme (issue 15): BPJS's participant number (KPJ) on each membership,
-- BPJS's answer to the bulk registration, and the files BPJS sent (each applied once).

-- KPJ: given by BPJS once it registered the worker; the same KPJ may sit on several memberships
-- of one worker (re-enrolled later), never on two workers (checked where answers are applied).
-- bpjs_refusal: BPJS refused the registration, with its reason (cleared when a KPJ comes).
ALTER TABLE membership
  ADD COLUMN kpj              text,
  ADD COLUMN bpjs_refusal     text,
  ADD COLUMN bpjs_answered_at timestamptz,
  ADD CONSTRAINT membership_kpj_shape CHECK (kpj ~ '^[0-9]{8,20}$'),
  ADD CONSTRAINT membership_kpj_or_refusal CHECK (kpj IS NULL OR bpjs_refusal IS NULL);
CREATE INDEX membership_kpj_idx ON membership (kpj) WHERE kpj IS NOT NULL;
-- The export of new enrolments: active memberships BPJS has not numbered yet.
CREATE INDEX membership_unregistered_idx ON membership (start_date, id) WHERE status = 'ACTIVE' AND kpj IS NULL;

-- A file BPJS sent, applied once: the same bytes again change nothing and get the first answer.
CREATE TABLE bpjs_file (
  id          uuid PRIMARY KEY,
  kind        text        NOT NULL CHECK (kind IN ('REGISTRATION_ANSWER')),
  sha256      bytea       NOT NULL CHECK (length(sha256) = 32),
  rows        integer     NOT NULL CHECK (rows >= 0),
  result      jsonb       NOT NULL,
  imported_by uuid        NOT NULL REFERENCES app_user (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bpjs_file_once UNIQUE (kind, sha256)
);
