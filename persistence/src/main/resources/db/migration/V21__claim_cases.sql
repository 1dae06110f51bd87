-- Claims become cases the city assists (issue 14): BPJS Ketenagakerjaan pays JKK and JKM
-- itself; the office prepares the file, hands it over to a BPJS branch, records BPJS's answer
-- and checks it against the expected entitlement. Service clocks run in working days on a
-- holiday calendar an admin loads per year, with effective-dated durations.
--
-- Existing rows keep their meaning: SUBMITTED (being prepared), VERIFIED (the file is
-- complete, not yet handed over), REJECTED (closed by the office). PAID stays as history: a
-- claim the city paid out itself before this change; no transition leads there any more.

ALTER TABLE claim DROP CONSTRAINT claim_status_check;
ALTER TABLE claim ADD CONSTRAINT claim_status_check CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED', 'PAID',
  'HANDED_OVER', 'BPJS_PAID', 'BPJS_PARTLY_PAID', 'BPJS_REFUSED'));

ALTER TABLE claim
  ADD COLUMN handed_over_on       date,
  ADD COLUMN bpjs_branch          text,
  ADD COLUMN bpjs_case_number     text,
  ADD COLUMN handed_over_by       uuid REFERENCES app_user (id),
  ADD COLUMN accident_reported_at timestamptz,
  ADD COLUMN accident_reported_by uuid REFERENCES app_user (id),
  -- What BPJS paid in all, and why the case needs a person's look (SHORTFALL, PAYEE_NOT_FIRST_HEIR).
  ADD COLUMN paid_total           bigint NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
  ADD COLUMN follow_up            text[] NOT NULL DEFAULT '{}',
  ADD CONSTRAINT claim_handed_over_when_with_bpjs CHECK ((handed_over_on IS NOT NULL)
    = (status IN ('HANDED_OVER', 'BPJS_PAID', 'BPJS_PARTLY_PAID', 'BPJS_REFUSED'))),
  ADD CONSTRAINT claim_handover_names_bpjs CHECK (handed_over_on IS NULL
    OR (bpjs_branch IS NOT NULL AND bpjs_case_number IS NOT NULL AND handed_over_by IS NOT NULL));

CREATE INDEX claim_follow_up_idx ON claim (id) WHERE follow_up <> '{}';

-- BPJS's answers, oldest first (a part payment may be followed by the rest).
CREATE TABLE claim_bpjs_answer (
  id                 uuid PRIMARY KEY,
  claim_id           uuid        NOT NULL REFERENCES claim (id),
  outcome            text        NOT NULL CHECK (outcome IN ('PAID', 'PARTLY_PAID', 'REFUSED')),
  answered_on        date        NOT NULL,
  amount             bigint      NOT NULL CHECK (amount >= 0),
  -- What BPJS paid per entitlement line [{code, amount}], empty when only the total is known.
  lines              jsonb       NOT NULL DEFAULT '[]',
  payee_heir_id      uuid,
  payee_name         text,
  payee_relationship text,
  reason             text,
  reference          text,
  recorded_by        uuid        NOT NULL REFERENCES app_user (id),
  recorded_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT claim_bpjs_answer_refusal CHECK (outcome <> 'REFUSED' OR (amount = 0 AND reason IS NOT NULL)),
  CONSTRAINT claim_bpjs_answer_payee CHECK (outcome = 'REFUSED' OR payee_name IS NOT NULL)
);
CREATE INDEX claim_bpjs_answer_claim_idx ON claim_bpjs_answer (claim_id, recorded_at, id);

-- The Indonesian public holidays (libur nasional and cuti bersama) per year, as an admin loads them.
CREATE TABLE holiday_year (
  year      integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  loaded_by uuid        NOT NULL REFERENCES app_user (id),
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE public_holiday (
  day  date PRIMARY KEY,
  year integer GENERATED ALWAYS AS (extract(year FROM day)::integer) STORED REFERENCES holiday_year (year),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

-- How long each service clock runs, effective-dated: the row in force when a clock starts.
CREATE TABLE service_duration (
  clock      text    NOT NULL CHECK (clock IN ('JKM_PAYMENT', 'JKK_PAYMENT', 'ACCIDENT_REPORT')),
  valid_from date    NOT NULL,
  amount     integer NOT NULL CHECK (amount > 0),
  PRIMARY KEY (clock, valid_from)
);
INSERT INTO service_duration (clock, valid_from, amount) VALUES
  ('JKM_PAYMENT', '2015-07-01', 3),
  ('JKK_PAYMENT', '2015-07-01', 7),
  ('ACCIDENT_REPORT', '2015-07-01', 48);

-- The BPJS hand-over receipt and BPJS's answer letter or proof of payment.
ALTER TABLE claim_document DROP CONSTRAINT claim_document_kind_check;
ALTER TABLE claim_document ADD CONSTRAINT claim_document_kind_check CHECK (kind IN ('KTP_MEMBER', 'KTP_HEIR',
  'DEATH_CERTIFICATE', 'FAMILY_CARD', 'HEIR_LETTER', 'MARRIAGE_BOOK', 'BANK_BOOK', 'NPWP', 'ACCIDENT_FORM',
  'INCIDENT_REPORT', 'WITNESS_KTP', 'POLICE_REPORT', 'MEDICAL_RECEIPTS', 'BPJS_RECEIPT', 'BPJS_ANSWER'));
