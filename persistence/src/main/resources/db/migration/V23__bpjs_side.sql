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
  kind        text        NOT NULL CHECK (kind IN ('REGISTRATION_ANSWER', 'BILL')),
  sha256      bytea       NOT NULL CHECK (length(sha256) = 32),
  rows        integer     NOT NULL CHECK (rows >= 0),
  result      jsonb       NOT NULL,
  imported_by uuid        NOT NULL REFERENCES app_user (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bpjs_file_once UNIQUE (kind, sha256)
);

-- A recorded death (registry side; a claim may record it too through the same service). The
-- membership ends at the end of the month of death; BPJS must not bill later months.
CREATE TABLE worker_death (
  worker_id   uuid        PRIMARY KEY REFERENCES worker (id),
  death_date  date        NOT NULL,
  source      text        NOT NULL CHECK (source IN ('REGISTRY', 'CLAIM')),
  recorded_by uuid        REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- The monthly reconciliation of the city's premium invoices with BPJS's bill: one per month.
CREATE TABLE bpjs_reconciliation (
  id             uuid PRIMARY KEY,
  period         date        NOT NULL UNIQUE CHECK (extract(day FROM period) = 1),
  file_id        uuid        NOT NULL REFERENCES bpjs_file (id),
  rows           integer     NOT NULL DEFAULT 0,
  matched        integer     NOT NULL DEFAULT 0,
  matched_amount bigint      NOT NULL DEFAULT 0,
  created_by     uuid        NOT NULL REFERENCES app_user (id),
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- BPJS's bill, row by row as the file had it, with the worker it was matched to (KPJ, then NIK).
CREATE TABLE bpjs_bill_row (
  reconciliation_id uuid    NOT NULL REFERENCES bpjs_reconciliation (id),
  row_no            integer NOT NULL,
  kpj               text,
  nik               text,
  amount            bigint  NOT NULL CHECK (amount >= 0),
  active            boolean NOT NULL,
  death_date        date,
  other_coverage    text,
  worker_id         uuid,
  PRIMARY KEY (reconciliation_id, row_no)
);

-- What differs between the two bills, and what a user decided: FIX (the city's figure stands and
-- the data is corrected), ACCEPT (pay BPJS's figure, with a reason), END_MEMBERSHIP (pay nothing,
-- the membership ends). amount_to_pay follows domain.bpjs.Resolution.
CREATE TABLE bpjs_difference (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reconciliation_id uuid        NOT NULL REFERENCES bpjs_reconciliation (id),
  kind              text        NOT NULL CHECK (kind IN ('BILLED_NOT_INVOICED', 'NOT_AT_BPJS', 'INACTIVE_AT_BPJS',
                                  'AMOUNT_DIFFERS', 'BILLED_AFTER_DEATH', 'COVERED_TWICE')),
  row_no            integer,
  worker_id         uuid        REFERENCES worker (id),
  membership_id     uuid        REFERENCES membership (id),
  funding_source    text,
  city_amount       bigint      NOT NULL,
  bpjs_amount       bigint      NOT NULL,
  detail            text,
  action            text        CHECK (action IN ('FIX', 'ACCEPT', 'END_MEMBERSHIP')),
  reason            text,
  amount_to_pay     bigint,
  resolved_by       uuid        REFERENCES app_user (id),
  resolved_at       timestamptz,
  CONSTRAINT bpjs_difference_resolved CHECK ((action IS NULL) = (resolved_by IS NULL) AND (action IS NULL) = (amount_to_pay IS NULL))
);
CREATE INDEX bpjs_difference_reconciliation_idx ON bpjs_difference (reconciliation_id, id);
CREATE INDEX bpjs_difference_worker_idx ON bpjs_difference (reconciliation_id, worker_id);
CREATE INDEX bpjs_difference_open_idx ON bpjs_difference (id) WHERE action IS NULL;

-- Premiums paid for months after a death: BPJS refunds them to the paying body. Tracked from
-- the moment the death is recorded until the refund is received.
CREATE TABLE bpjs_refund (
  id            uuid PRIMARY KEY,
  worker_id     uuid        NOT NULL REFERENCES worker (id),
  membership_id uuid        NOT NULL REFERENCES membership (id),
  invoice_id    uuid        NOT NULL REFERENCES premium_invoice (id),
  period        date        NOT NULL,
  amount        bigint      NOT NULL CHECK (amount > 0),
  status        text        NOT NULL DEFAULT 'DUE' CHECK (status IN ('DUE', 'RECEIVED')),
  received_on   date,
  reference     text,
  received_by   uuid        REFERENCES app_user (id),
  created_by    uuid        REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bpjs_refund_once UNIQUE (invoice_id, membership_id),
  CONSTRAINT bpjs_refund_received CHECK ((status = 'RECEIVED') = (received_on IS NOT NULL))
);
CREATE INDEX bpjs_refund_status_idx ON bpjs_refund (status, id);
-- A death looks up the worker's invoice lines (refunds due, the bill stopped).
CREATE INDEX premium_invoice_line_worker_idx ON premium_invoice_line (worker_id);
